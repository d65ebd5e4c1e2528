import type { Network } from '@/lib/chain/networks'
import type { PartyNames, TimelineContext } from '@/lib/history/timeline'
import type { ActivityItem } from '@/lib/history/types'
import { TimelineItem } from './TimelineItem'

/** Older events loaded in the browser; its own module so the timeline's code loads with the first older page. */
export function OlderRows({ items, names, context, network }: { items: ActivityItem[]; names: PartyNames; context: TimelineContext; network: Network }) {
  return (
    <ol className="divide-y divide-slate-200 border-t border-slate-200 dark:divide-slate-800 dark:border-slate-800">
      {items.map((item) => (
        <TimelineItem key={item.id} item={item} names={names} context={context} network={network} />
      ))}
    </ol>
  )
}
