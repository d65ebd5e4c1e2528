import type { AgreementHistory } from '@/lib/history/party-periods'
import { NOTICE } from '@/components/ui/styles'

type Props = { history: AgreementHistory | undefined; pending: boolean; networkName: string }

/**
 * Where /agreements says why its dates and change flags are missing. The agreements themselves come from the
 * chain and do not wait for this: only the history's part of the page is named here.
 */
export function HistoryNotice({ history, pending, networkName }: Props) {
  if (pending) {
    return (
      <p data-testid="history-status" aria-busy="true" className={`text-sm ${NOTICE.neutral}`}>
        Reading when you agreed…
      </p>
    )
  }
  if (!history || history.state === 'ready') return null
  if (history.state === 'catching-up') {
    const block = history.indexedBlock === null ? 'no block yet' : `block ${history.indexedBlock}`
    return (
      <p data-testid="history-status" role="status" className={`text-sm ${NOTICE.info}`}>
        Catching up: {block} of {String(history.head)}. Agreement dates and changes since you agreed show once the history has
        caught up with the chain.
      </p>
    )
  }
  const why = history.reason === 'not-kept' ? `it is not kept for ${networkName} here` : 'the indexer is not answering'
  return (
    <p data-testid="history-status" role="status" className={`text-sm ${NOTICE.warning}`}>
      History unavailable: {why}. Your agreements below are read from the chain as always; when you agreed and what changed
      since cannot be shown.
    </p>
  )
}
