'use client'

import { type ComponentType, type ReactNode, useEffect, useState } from 'react'
import type { Network } from '@/lib/chain/networks'
import { HISTORY_PAGE_SIZE, historyApiPath, type HistoryRead, historyReadFromJson, type HistoryReadJson } from '@/lib/history/client'
import type { PartyNames, TimelineContext } from '@/lib/history/timeline'
import type { ActivityPage, Hex } from '@/lib/history/types'
import type { ActivityTimelineProps } from './ActivityTimeline'

const EVERY_MS = 2_000
/** An indexer still far behind after this long is left alone: the notice stays, the page stops asking. */
const FOR_MS = 120_000

type Props = {
  scope: 'services' | 'parties'
  address: Hex
  names: PartyNames
  context: TimelineContext
  network: Network
  empty: string
  /** The server's catching-up timeline, shown until a newer read arrives. */
  children: ReactNode
}

type Latest = { read: HistoryRead<ActivityPage>; names: PartyNames; Timeline: ComponentType<ActivityTimelineProps> }

/** The timeline's code (row text, permission names) loads with the first newer read, not with the page. */
const loadTimeline = () => import('./ActivityTimeline').then((module) => module.ActivityTimeline)

/**
 * While a history area is catching up, reads its newest page again through the app's history route every 2 s
 * (at most 2 minutes, until it is no longer catching up) and shows that in place of the server's: only this area
 * is read again, never the whole page (its chain reads, or a dialog open on it).
 */
export function CatchUpRefresh({ scope, address, names: serverNames, context, network, empty, children }: Props) {
  const [latest, setLatest] = useState<Latest | null>(null)

  useEffect(() => {
    const started = Date.now()
    let timer: ReturnType<typeof setTimeout> | undefined
    let stopped = false
    const poll = async () => {
      let again = true
      try {
        const [response, Timeline] = await Promise.all([fetch(historyApiPath(scope, address, 'activity', undefined, HISTORY_PAGE_SIZE), { cache: 'no-store' }), loadTimeline()])
        if (response.ok && !stopped) {
          const json = (await response.json()) as HistoryReadJson<ActivityPage>
          const read = historyReadFromJson(json)
          setLatest((previous) => ({ read, names: { ...previous?.names, ...json.names }, Timeline }))
          again = read.state === 'catching-up'
        }
      } catch {
        // A failed read leaves the area as it is; the next one may answer.
      }
      if (!stopped && again && Date.now() - started < FOR_MS) timer = setTimeout(poll, EVERY_MS)
    }
    timer = setTimeout(poll, EVERY_MS)
    return () => {
      stopped = true
      clearTimeout(timer)
    }
  }, [scope, address])

  if (!latest) return children
  const { Timeline, read, names } = latest
  return <Timeline read={read} names={{ ...serverNames, ...names }} context={context} network={network} scope={scope} address={address} empty={empty} />
}
