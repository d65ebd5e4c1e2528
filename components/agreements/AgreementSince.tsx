import { agreementChange } from '@/lib/history/agreement-changes'
import type { AgreementPeriod } from '@/lib/history/types'
import type { Agreement } from '@/lib/ocn/reads'
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
      <AgreedOn period={period}>
        {/* On the date's line: a card already holding hundreds of values has no room for a paragraph more. */}
        {change.kind === 'unverifiable' && (
          <span data-testid="permissions-unverifiable" title={`The history keeps the first ${change.agreed} of the permission values you agreed to, and none of them was removed since; whether values were added cannot be told from it.`}>
            {' '}
            · additions since not known (the history keeps {change.agreed} values)
          </span>
        )}
      </AgreedOn>
      {change.kind === 'changed' && <PermissionsChanged provider={agreement.provider} added={change.added} removed={change.removed} />}
    </>
  )
}
