'use client'

import dynamic from 'next/dynamic'
import { useTranslations } from 'next-intl'
import { useState } from 'react'
import type { Network } from '@/lib/chain/networks'
import { HISTORY_PAGE_SIZE, historyApiPath, type HistoryReadJson } from '@/lib/history/client'
import type { PartyNames, TimelineContext } from '@/lib/history/timeline'
import type { ActivityItem, ActivityPage, Hex } from '@/lib/history/types'
import { Button } from '@/components/ui/Button'
import { ERROR_TEXT } from '@/components/ui/styles'

/** The rows' code (plain-language text, permission names) stays out of the page's first load. */
const loadRows = () => import('./OlderRows').then((module) => module.OlderRows)
const OlderRows = dynamic(loadRows, { ssr: false })

type Props = {
  scope: 'services' | 'parties'
  address: Hex
  /** The cursor after the server's page. */
  next: string
  names: PartyNames
  context: TimelineContext
  network: Network
}

/** "Show older": the next 50 events at a time from the app's history route, only when asked for. */
export function OlderActivity({ scope, address, next, names: initialNames, context, network }: Props) {
  const t = useTranslations('history')
  const [items, setItems] = useState<ActivityItem[]>([])
  const [names, setNames] = useState(initialNames)
  const [cursor, setCursor] = useState<string | null>(next)
  const [loading, setLoading] = useState(false)
  const [failed, setFailed] = useState(false)

  const load = async () => {
    if (!cursor || loading) return
    setLoading(true)
    setFailed(false)
    try {
      // The rows' code arrives with the page, not after it.
      const [response] = await Promise.all([fetch(historyApiPath(scope, address, 'activity', cursor, HISTORY_PAGE_SIZE), { cache: 'no-store' }), loadRows()])
      const json = response.ok ? ((await response.json()) as HistoryReadJson<ActivityPage>) : null
      const page = json && json.state !== 'unavailable' ? json.data : null
      if (!page) {
        setFailed(true)
        return
      }
      setItems((shown) => [...shown, ...page.items])
      setNames((known) => ({ ...known, ...json?.names }))
      setCursor(page.next)
    } catch {
      setFailed(true)
    } finally {
      setLoading(false)
    }
  }

  return (
    <>
      {items.length > 0 && <OlderRows items={items} names={names} context={context} network={network} />}
      {cursor && (
        <div className="border-t border-slate-200 px-4 py-3 text-sm dark:border-slate-800">
          <Button variant="secondary" data-testid="timeline-more" disabled={loading} onClick={load}>
            {loading ? t('loadingOlder') : t('showOlder')}
          </Button>
          {failed && (
            <p role="alert" className={`mt-2 ${ERROR_TEXT}`}>
              {t('olderFailed')}
            </p>
          )}
        </div>
      )}
    </>
  )
}
