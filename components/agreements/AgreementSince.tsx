import { useTranslations } from 'next-intl'
import { agreementChange } from '@/lib/history/agreement-changes'
import type { AgreementPeriod } from '@/lib/history/types'
import type { Agreement } from '@/lib/ocn/reads'
import { AgreedOn } from './AgreedOn'
import { PermissionsChanged } from './PermissionsChanged'
import { TEXT_MUTED } from '@/components/ui/styles'

/**
 * An active agreement's history: when the party agreed, and what the provider changed since. The current
 * permissions are the chain's (the list above them); only the agreed ones come from the history.
 */
export function AgreementSince({ agreement, period }: { agreement: Agreement; period: AgreementPeriod }) {
  const t = useTranslations('agreements')
  const change = agreementChange(period.agreed.permissions, agreement.service?.permissions ?? null)
  return (
    <>
      <AgreedOn period={period}>
        {/* On the date's line: a card already holding hundreds of values has no room for a paragraph more. */}
        {change.kind === 'unverifiable' && <span data-testid="permissions-unverifiable"> {t('unverifiable', { count: change.agreed })}</span>}
      </AgreedOn>
      {/* Why, said in words rather than in a tooltip no phone or keyboard user can open. */}
      {change.kind === 'unverifiable' && <p className={`text-xs ${TEXT_MUTED}`}>{t('unverifiableWhy', { count: change.agreed })}</p>}
      {change.kind === 'changed' && <PermissionsChanged provider={agreement.provider} added={change.added} removed={change.removed} />}
    </>
  )
}
