import { useTranslations } from 'next-intl'
import type { Network } from '@/lib/chain/networks'
import { historyDateTime } from '@/lib/history/dates'
import { describeActivity, type PartyNames, type TimelineContext } from '@/lib/history/timeline'
import type { ActivityItem } from '@/lib/history/types'
import { TEXT_MUTED } from '@/components/ui/styles'
import { PermissionRows } from './PermissionRows'
import { TimelinePieces } from './TimelinePieces'
import { TxLink } from './TxLink'

type Props = { item: ActivityItem; names: PartyNames; context: TimelineContext; network: Network }

/** One event: when (block time, UTC), what in plain words, and its transaction. */
export function TimelineItem({ item, names, context, network }: Props) {
  const t = useTranslations()
  const [headline, ...rest] = describeActivity(item, names, context, t)
  const when = historyDateTime(item.time)
  return (
    <li data-testid="timeline-item" data-kind={item.kind} className="space-y-1 px-4 py-3 text-sm">
      <div className={`flex flex-wrap items-center gap-x-3 text-xs ${TEXT_MUTED}`}>
        <time dateTime={when.iso}>{when.text}</time>
        <span>
          block {item.block} · <TxLink hash={item.tx} network={network} />
        </span>
      </div>
      {[headline, ...rest].map((line, i) => (
        <div key={i} className={`break-words [overflow-wrap:anywhere] ${i === 0 ? 'font-medium' : ''}`}>
          <TimelinePieces pieces={line.pieces} />
          {line.permissions && <PermissionRows rows={line.permissions} />}
        </div>
      ))}
    </li>
  )
}
