import { useLocale, useTranslations } from 'next-intl'
import type { ReactNode } from 'react'
import { historyDateTime } from '@/lib/history/dates'
import type { AgreementPeriod } from '@/lib/history/types'
import { TEXT_MUTED } from '@/components/ui/styles'

/** "Agreed on <date>" for an active agreement, from its period in the history. */
export function AgreedOn({ period, children }: { period: AgreementPeriod; children?: ReactNode }) {
  const t = useTranslations('agreements')
  const when = historyDateTime(period.agreed.time, useLocale())
  return (
    <p data-testid="agreed-on" className={`text-sm ${TEXT_MUTED}`}>
      {t.rich('agreedOn', { date: when.text, time: (text) => <time dateTime={when.iso}>{text}</time> })}
      {children}
    </p>
  )
}
