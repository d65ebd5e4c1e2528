import type { HistoryRead } from '@/lib/history/client'
import { NOTICE } from '@/components/ui/styles'

const WHY = {
  'not-kept': 'this deployment keeps no history for this network.',
  unreachable: 'the indexer is not answering. Everything else on this page is read from the chain as usual.',
} as const

/** What a history area can and cannot show right now; nothing when its history is complete. */
export function HistoryStatus({ read }: { read: HistoryRead<unknown> }) {
  if (read.state === 'ready') return null
  if (read.state === 'unavailable') {
    return (
      <p data-testid="history-status" className={`text-sm ${NOTICE.neutral}`}>
        History unavailable: {WHY[read.reason]}
      </p>
    )
  }
  return (
    <p data-testid="history-status" role="status" className={`text-sm ${NOTICE.info}`}>
      Catching up: block {(read.indexedBlock ?? 0n).toString()} of {read.head.toString()}. The newest events may be missing for a moment.
    </p>
  )
}
