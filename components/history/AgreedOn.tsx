'use client'

import { useLocale, useTranslations } from 'next-intl'
import { use } from 'react'
import { historyDateTime } from '@/lib/history/dates'
import { TEXT_MUTED } from '@/components/ui/styles'

/**
 * "Agreed on <date>" for one party, from the dates the server is still reading from the indexer: the list shows
 * at once and each date fills in when they arrive (inside a Suspense boundary); no history, no date.
 */
export function AgreedOn({ dates, user }: { dates: Promise<Record<string, number>>; user: string }) {
  const t = useTranslations('history')
  const locale = useLocale()
  const time = use(dates)[user.toLowerCase()]
  if (time === undefined) return null
  const when = historyDateTime(time, locale)
  return (
    <span data-testid="agreed-on" className={`text-xs ${TEXT_MUTED}`}>
      {/* The day only: the row has no room for the time, which is in the party's timeline and the CSV. */}
      {t.rich('agreedOn', { date: when.day, time: (day) => <time dateTime={when.iso}>{day}</time> })}
    </span>
  )
}
