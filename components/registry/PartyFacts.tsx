import { useTranslations } from 'next-intl'
import { explorerAddressUrl, type Network } from '@/lib/chain/networks'
import type { Translate } from '@/lib/i18n/translate'
import { moduleLabel, roleLabel } from '@/lib/ocn/catalog'
import type { Party } from '@/lib/ocn/reads'
import { AddressTag } from '@/components/ui/AddressTag'
import { UntrustedText } from '@/components/ui/UntrustedText'
import { Badge } from '@/components/ui/Badge'

const TERM = 'text-xs font-semibold uppercase tracking-wide text-slate-500'

function modules(values: number[], t: Translate): string {
  return values.length ? values.map((m) => moduleLabel(m, t)).join(', ') : t('vocab.none')
}

/** A party's Registry listing: roles, OCPI modules it implements, and the node that serves it. */
export function PartyFacts({ party, network }: { party: Party; network: Network }) {
  const t = useTranslations()
  return (
    <dl className="grid gap-4 rounded-xl bg-white p-4 text-sm ring-1 ring-slate-200 sm:grid-cols-2 dark:bg-slate-900 dark:ring-slate-800">
      <div>
        <dt className={TERM}>Roles</dt>
        <dd data-testid="party-roles">{party.roles.map((role) => roleLabel(role, t)).join(', ')}</dd>
      </div>
      <div>
        <dt className={TERM}>OCN identity</dt>
        <dd>
          <AddressTag address={party.address} explorerUrl={explorerAddressUrl(network, party.address)} />
        </dd>
      </div>
      <div>
        <dt className={TERM}>Modules as sender</dt>
        <dd>{modules(party.modulesSender, t)}</dd>
      </div>
      <div>
        <dt className={TERM}>Modules as receiver</dt>
        <dd>{modules(party.modulesReceiver, t)}</dd>
      </div>
      <div>
        <dt className={TERM}>OCN node</dt>
        <dd className="font-mono" data-testid="party-node">
          {party.nodeDomain === '' ? (
            <Badge tone="danger" data-testid="party-node-unlisted" className="font-sans">
              Its node is no longer listed in the Registry: no OCN node routes requests to or from this party, and its service, if any, cannot receive anything.
            </Badge>
          ) : (
            <UntrustedText value={party.nodeDomain} max={80} empty="(no domain)" />
          )}
        </dd>
      </div>
      <div>
        <dt className={TERM}>Node operator</dt>
        <dd>
          <AddressTag address={party.operator} explorerUrl={explorerAddressUrl(network, party.operator)} />
        </dd>
      </div>
    </dl>
  )
}
