import type { Network } from '@/lib/chain/networks'
import { explorerTxUrl } from '@/lib/chain/networks'
import type { TxState } from '@/lib/tx/lifecycle'

/** Where a write stands, in words; failures are announced to screen readers. */
export function TxStatus({ state, network, confirmedText }: { state: TxState; network: Network; confirmedText: string }) {
  if (state.status === 'idle') return null
  if (state.status === 'failed') {
    return (
      <p role="alert" data-testid="tx-error" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950/50 dark:text-red-300">
        {state.message}
        {state.reason && <span className="mt-1 block text-xs opacity-80">Contract message: “{state.reason}”</span>}
      </p>
    )
  }
  const text = {
    preparing: 'Checking the transaction against the contract…',
    'awaiting-signature': 'Confirm in your wallet…',
    pending: 'Sent. Waiting for the network to include it…',
    confirmed: confirmedText,
  }[state.status]
  const hash = state.status === 'pending' || state.status === 'confirmed' ? state.hash : null
  const link = hash ? explorerTxUrl(network, hash) : null
  return (
    <div role="status" data-testid="tx-status" data-status={state.status} className="text-sm text-slate-700 dark:text-slate-300">
      <p>{text}</p>
      {hash && (
        <p className="mt-1 font-mono text-xs text-slate-500">
          Transaction{' '}
          {link ? (
            <a href={link} target="_blank" rel="noopener noreferrer" className="text-indigo-700 underline dark:text-indigo-300">
              {hash.slice(0, 10)}…{hash.slice(-8)}
            </a>
          ) : (
            <span title={hash}>
              {hash.slice(0, 10)}…{hash.slice(-8)}
            </span>
          )}
        </p>
      )}
    </div>
  )
}
