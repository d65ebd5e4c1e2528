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
      <AgreedOn period={period} />
      {change.kind === 'changed' && <PermissionsChanged provider={agreement.provider} added={change.added} removed={change.removed} />}
    </>
  )
}
