import { useTranslations } from 'next-intl'
import type { Network } from '@/lib/chain/networks'
import type { TxState } from '@/lib/tx/lifecycle'
import { TxHash } from './TxHash'

/** Where a write stands, in words; failures are announced to screen readers. */
export function TxStatus({ state, network, confirmedText }: { state: TxState; network: Network; confirmedText: string }) {
  const t = useTranslations()
  if (state.status === 'idle') return null
  if (state.status === 'failed' || state.status === 'reverted') {
    return (
      <div role="alert" data-testid="tx-error" data-status={state.status} className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950/50 dark:text-red-300">
        <p>{state.message}</p>
        {state.reason && <p className="mt-1 text-xs opacity-80">{t('tx.status.contractMessage', { reason: state.reason })}</p>}
        {state.hash && <TxHash hash={state.hash} network={network} />}
      </div>
    )
  }
  const text = {
    preparing: t('tx.status.preparing'),
    'awaiting-signature': t('tx.status.awaitingSignature'),
    pending: t('tx.status.pending'),
    confirmed: confirmedText,
  }[state.status]
  const hash = state.status === 'pending' || state.status === 'confirmed' ? state.hash : null
  return (
    <div role="status" data-testid="tx-status" data-status={state.status} className="text-sm text-slate-700 dark:text-slate-300">
      <p>{text}</p>
      {hash && <TxHash hash={hash} network={network} />}
    </div>
  )
}
