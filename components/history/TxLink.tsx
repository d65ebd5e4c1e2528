import { useTranslations } from 'next-intl'
import { explorerTxUrl, type Network } from '@/lib/chain/networks'
import { shortHash } from '@/lib/history/dates'
import { LINK } from '@/components/ui/styles'

/** A row's transaction: a link to the explorer (named by the full hash for screen readers) where there is one, else its short hash. */
export function TxLink({ hash, network }: { hash: string; network: Network }) {
  const href = explorerTxUrl(network, hash)
  const t = useTranslations('history')
  const short = shortHash(hash)
  if (!href) {
    return (
      <span className="font-mono" data-hash={hash}>
        {short}
      </span>
    )
  }
  return (
    <a data-testid="tx-link" href={href} aria-label={t('transaction', { hash })} target="_blank" rel="noopener noreferrer" className={`font-mono ${LINK}`} data-hash={hash}>
      {short}
    </a>
  )
}
