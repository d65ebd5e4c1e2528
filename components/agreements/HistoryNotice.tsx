import { useTranslations } from 'next-intl'
import type { AgreementHistory } from '@/lib/history/party-periods'
import { NOTICE } from '@/components/ui/styles'

type Props = { history: AgreementHistory | undefined; pending: boolean; networkName: string }

/**
 * Where /agreements says why its dates and change flags are missing. The agreements themselves come from the
 * chain and do not wait for this: only the history's part of the page is named here.
 */
export function HistoryNotice({ history, pending, networkName }: Props) {
  const t = useTranslations('agreements')
  if (pending) {
    return (
      <p data-testid="history-status" aria-busy="true" className={`text-sm ${NOTICE.neutral}`}>
        {t('historyReading')}
      </p>
    )
  }
  if (!history || history.state === 'ready') return null
  if (history.state === 'catching-up') {
    return (
      <p data-testid="history-status" role="status" className={`text-sm ${NOTICE.info}`}>
        {t('historyCatchingUp', { block: history.indexedBlock === null ? 'none' : String(history.indexedBlock), head: String(history.head) })}
      </p>
    )
  }
  return (
    <p data-testid="history-status" role="status" className={`text-sm ${NOTICE.warning}`}>
      {t('historyUnavailable', { reason: history.reason === 'not-kept' ? 'notKept' : 'unreachable', network: networkName })}
    </p>
  )
}
