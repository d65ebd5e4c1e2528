import { useTranslations } from 'next-intl'
import { AppLink } from '@/components/ui/AppLink'
import type { Address } from 'viem'
import type { Network } from '@/lib/chain/networks'
import { explorerAddressUrl } from '@/lib/chain/networks'
import { roleKey } from '@/lib/ocn/catalog'
import { formatCredentials } from '@/lib/ocn/codecs'
import type { CatalogParty } from '@/lib/catalog/query'
import { AddressTag } from '@/components/ui/AddressTag'
import { UntrustedText } from '@/components/ui/UntrustedText'
import { Badge } from '@/components/ui/Badge'
import { TEXT_MUTED } from '@/components/ui/styles'

/** Who offers a service: credentials linking to the party page, roles, address and node. */
export function ProviderLine({ provider, party, network }: { provider: Address; party: CatalogParty | null; network: Network }) {
  const t = useTranslations('service.provider')
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
      {party ? (
        <AppLink href={`/parties/${provider}`} className="font-mono font-semibold hover:underline" data-testid="provider-credentials">
          {formatCredentials(party)}
        </AppLink>
      ) : (
        <Badge tone="danger" data-testid="provider-unlisted">
          {t('unlisted')}
        </Badge>
      )}
      {party && <span className={TEXT_MUTED}>{party.roles.map(roleKey).join(', ')}</span>}
      <AddressTag address={provider} explorerUrl={explorerAddressUrl(network, provider)} />
      {party && party.nodeDomain !== '' && (
        <span className="text-xs text-slate-600 dark:text-slate-400">
          {t.rich('node', { domain: () => <span className="font-mono"><UntrustedText value={party.nodeDomain} max={48} empty={t('none')} /></span> })}
        </span>
      )}
      {party && party.nodeDomain === '' && (
        <Badge tone="danger" data-testid="provider-node-unlisted">
          {t('nodeUnlisted')}
        </Badge>
      )}
    </div>
  )
}
