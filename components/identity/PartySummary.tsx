import { useTranslations } from 'next-intl'
import { roleLabel } from '@/lib/ocn/catalog'
import { formatCredentials } from '@/lib/ocn/codecs'
import type { Party } from '@/lib/ocn/reads'
import { UntrustedText } from '@/components/ui/UntrustedText'
import { NOTICE } from '@/components/ui/styles'

/** The account's listing as the Registry holds it, and a warning when its node has gone. */
export function PartySummary({ party }: { party: Party }) {
  const t = useTranslations()
  return (
    <div data-testid="party-summary" className="space-y-1">
      <p>
        Listed as <span className="font-mono font-semibold">{formatCredentials(party)}</span> ({party.roles.map((role) => roleLabel(role, t)).join(', ')}) on
        the node{' '}
        <span className="font-mono" data-testid="party-node">
          {party.nodeDomain ? <UntrustedText value={party.nodeDomain} max={80} /> : party.operator}
        </span>
        .
      </p>
      {!party.nodeDomain && (
        <p role="alert" className={NOTICE.warning}>
          Your party&apos;s node is no longer listed in the Registry, so no node routes its messages. Choose a listed node below and
          update your party, or ask your node operator to list the node again.
        </p>
      )}
    </div>
  )
}
