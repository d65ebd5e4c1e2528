import type { Network } from '@/lib/chain/networks'
import type { HistoryRead } from '@/lib/history/client'
import type { PartyNames, TimelineContext } from '@/lib/history/timeline'
import type { ActivityPage, Hex } from '@/lib/history/types'
import { TEXT_MUTED } from '@/components/ui/styles'
import { HistoryStatus } from './HistoryStatus'
import { OlderActivity } from './OlderActivity'
import { TimelineItem } from './TimelineItem'

export type ActivityTimelineProps = {
  read: HistoryRead<ActivityPage>
  names: PartyNames
  context: TimelineContext
  network: Network
  scope: 'services' | 'parties'
  address: Hex | null
  empty: string
}

/**
 * A history area: its state for tests and readers (`data-state`), a notice unless it is complete, the newest page
 * of events (rendered on the server, or in the browser by CatchUpRefresh), and older pages loaded on request.
 */
export function ActivityTimeline({ read, names, context, network, scope, address, empty }: ActivityTimelineProps) {
  const page = read.state === 'unavailable' ? null : read.data
  return (
    <div data-testid="history" data-state={read.state} className="space-y-3">
      <HistoryStatus read={read} />
      {page && page.items.length === 0 && read.state === 'ready' && <p className={`text-sm ${TEXT_MUTED}`}>{empty}</p>}
      {page && page.items.length > 0 && (
        <div className="rounded-xl bg-white ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800">
          <ol className="divide-y divide-slate-200 dark:divide-slate-800">
            {page.items.map((item) => (
              <TimelineItem key={item.id} item={item} names={names} context={context} network={network} />
            ))}
          </ol>
          {page.next && address && <OlderActivity scope={scope} address={address} next={page.next} names={names} context={context} network={network} />}
        </div>
      )}
    </div>
  )
}
