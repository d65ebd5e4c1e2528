import { useFormatter, useTranslations } from 'next-intl'
import { roleLabel } from '@/lib/ocn/catalog'
import { formatCredentials } from '@/lib/ocn/codecs'
import type { Party } from '@/lib/ocn/reads'
import { UntrustedText } from '@/components/ui/UntrustedText'
import { NOTICE } from '@/components/ui/styles'

/** The account's listing as the Registry holds it, and a warning when its node has gone. */
export function PartySummary({ party }: { party: Party }) {
  const t = useTranslations('identity.party')
  const translate = useTranslations()
  const format = useFormatter()
  return (
    <div data-testid="party-summary" className="space-y-1">
      <p>
        {t.rich('summary', {
          mono: (chunks) => <span className="font-mono font-semibold">{chunks}</span>,
          node: () => (
            <span className="font-mono" data-testid="party-node">
              {party.nodeDomain ? <UntrustedText value={party.nodeDomain} max={80} /> : party.operator}
            </span>
          ),
          credentials: formatCredentials(party),
          roles: format.list(party.roles.map((role) => roleLabel(role, translate)), { type: 'conjunction' }),
        })}
      </p>
      {!party.nodeDomain && (
        <p role="alert" className={NOTICE.warning}>
          {t('nodeGone')}
        </p>
      )}
    </div>
  )
}
