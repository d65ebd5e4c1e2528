import { explorerTxUrl, type Network } from '@/lib/chain/networks'
import { shortHash } from '@/lib/history/dates'
import { LINK } from '@/components/ui/styles'

/** A row's transaction: a link where the network has an explorer, else its short hash (the full one as a title). */
export function TxLink({ hash, network }: { hash: string; network: Network }) {
  const href = explorerTxUrl(network, hash)
  const short = shortHash(hash)
  if (!href) {
    return (
      <span className="font-mono" title={hash} data-hash={hash}>
        {short}
      </span>
    )
  }
  return (
    <a data-testid="tx-link" href={href} target="_blank" rel="noopener noreferrer" className={`font-mono ${LINK}`} data-hash={hash}>
      {short}
    </a>
  )
}
