import { agreementChange } from '@/lib/history/agreement-changes'
import type { AgreementPeriod } from '@/lib/history/types'
import type { Agreement } from '@/lib/ocn/reads'
import { AppLink } from '@/components/ui/AppLink'
import { LINK, TEXT_MUTED } from '@/components/ui/styles'
import { AgreedOn } from './AgreedOn'
import { PermissionsChanged } from './PermissionsChanged'

/**
 * An active agreement's history: when the party agreed, and what the provider changed since. The current
 * permissions are the chain's (the list above them); only the agreed ones come from the history.
 */
export function AgreementSince({ agreement, period }: { agreement: Agreement; period: AgreementPeriod }) {
  const change = agreementChange(period.agreed.permissions, agreement.service?.permissions ?? null)
  return (
    <>
      <AgreedOn period={period} />
      {change.kind === 'changed' && <PermissionsChanged provider={agreement.provider} added={change.added} removed={change.removed} />}
      {change.kind === 'unverifiable' && (
        <p data-testid="permissions-unverifiable" className={`mt-1 text-sm ${TEXT_MUTED}`}>
          The history keeps the first {change.agreed} of the permission values you agreed to, and none of them was removed since;
          whether values were added cannot be told from it.{' '}
          <AppLink href={`/services/${agreement.provider}`} className={LINK}>
            Review the service
          </AppLink>
          .
        </p>
      )}
    </>
  )
}
