import { useTranslations } from 'next-intl'
import { explorerAddressUrl, type Network } from '@/lib/chain/networks'
import { moduleLabel, roleLabel } from '@/lib/ocn/catalog'
import type { Party } from '@/lib/ocn/reads'
import { AddressTag } from '@/components/ui/AddressTag'
import { UntrustedText } from '@/components/ui/UntrustedText'
import { Badge } from '@/components/ui/Badge'

const TERM = 'text-xs font-semibold uppercase tracking-wide text-slate-500'


/** A party's Registry listing: roles, OCPI modules it implements, and the node that serves it. */
export function PartyFacts({ party, network }: { party: Party; network: Network }) {
  const t = useTranslations()
  const modules = (values: number[]) => (values.length ? values.map((value) => moduleLabel(value, t)).join(', ') : t('vocab.none'))
  return (
    <dl className="grid gap-4 rounded-xl bg-white p-4 text-sm ring-1 ring-slate-200 sm:grid-cols-2 dark:bg-slate-900 dark:ring-slate-800">
      <div>
        <dt className={TERM}>{t('party.roles')}</dt>
        <dd data-testid="party-roles">{party.roles.map((role) => roleLabel(role, t)).join(', ')}</dd>
      </div>
      <div>
        <dt className={TERM}>{t('party.identity')}</dt>
        <dd>
          <AddressTag address={party.address} explorerUrl={explorerAddressUrl(network, party.address)} full />
        </dd>
      </div>
      <div>
        <dt className={TERM}>{t('party.modulesSender')}</dt>
        <dd>{modules(party.modulesSender)}</dd>
      </div>
      <div>
        <dt className={TERM}>{t('party.modulesReceiver')}</dt>
        <dd>{modules(party.modulesReceiver)}</dd>
      </div>
      <div>
        <dt className={TERM}>{t('party.node')}</dt>
        <dd className="font-mono" data-testid="party-node">
          {party.nodeDomain === '' ? (
            <Badge tone="danger" data-testid="party-node-unlisted" className="font-sans">
              {t('party.nodeUnlisted')}
            </Badge>
          ) : (
            <UntrustedText value={party.nodeDomain} max={80} empty={t('party.noDomain')} />
          )}
        </dd>
      </div>
      <div>
        <dt className={TERM}>{t('party.operator')}</dt>
        <dd>
          <AddressTag address={party.operator} explorerUrl={explorerAddressUrl(network, party.operator)} full />
        </dd>
      </div>
    </dl>
  )
}
