import { useTranslations } from 'next-intl'
import type { HistoryRead } from '@/lib/history/client'
import { NOTICE } from '@/components/ui/styles'

/** What a history area can and cannot show right now; nothing when its history is complete. */
export function HistoryStatus({ read }: { read: HistoryRead<unknown> }) {
  const t = useTranslations('history')
  if (read.state === 'ready') return null
  if (read.state === 'unavailable') {
    return (
      <p data-testid="history-status" className={`text-sm ${NOTICE.neutral}`}>
        {t('unavailable', { reason: read.reason === 'not-kept' ? 'notKept' : 'unreachable' })}
      </p>
    )
  }
  return (
    <p data-testid="history-status" role="status" className={`text-sm ${NOTICE.info}`}>
      {t('catchingUp', { block: (read.indexedBlock ?? 0n).toString(), head: read.head.toString() })}
    </p>
  )
}
