'use client'

import { use } from 'react'
import { historyDateTime } from '@/lib/history/dates'
import { TEXT_MUTED } from '@/components/ui/styles'

/**
 * "Agreed on <date>" for one party, from the dates the server is still reading from the indexer: the list shows
 * at once and each date fills in when they arrive (inside a Suspense boundary); no history, no date.
 */
export function AgreedOn({ dates, user }: { dates: Promise<Record<string, number>>; user: string }) {
  const time = use(dates)[user.toLowerCase()]
  if (time === undefined) return null
  const when = historyDateTime(time)
  return (
    <span data-testid="agreed-on" className={`text-xs ${TEXT_MUTED}`}>
      Agreed on <time dateTime={when.iso} title={when.text}>{when.day}</time>
    </span>
  )
}
