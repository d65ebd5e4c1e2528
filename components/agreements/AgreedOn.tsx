import type { ReactNode } from 'react'
import { historyDateTime } from '@/lib/history/dates'
import type { AgreementPeriod } from '@/lib/history/types'
import { TEXT_MUTED } from '@/components/ui/styles'

/** "Agreed on <date>" for an active agreement, from its period in the history. */
export function AgreedOn({ period, children }: { period: AgreementPeriod; children?: ReactNode }) {
  const when = historyDateTime(period.agreed.time)
  return (
    <p data-testid="agreed-on" className={`text-sm ${TEXT_MUTED}`}>
      Agreed on <time dateTime={when.iso}>{when.text}</time>
      {children}
    </p>
  )
}
