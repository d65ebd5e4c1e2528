import type { Network } from '@/lib/chain/networks'
import type { StepState } from '@/lib/hooks/useWriteSequence'
import { TxStatus } from './TxStatus'

/** The progress of a multi-step write: one line per transaction, each with its own status. */
export function StepList({ steps, network }: { steps: StepState[]; network: Network }) {
  if (steps.length === 0) return null
  return (
    <ol className="space-y-2" data-testid="tx-steps">
      {steps.map((step, i) => (
        <li key={`${i}-${step.label}`} data-testid="tx-step" className="rounded-lg bg-slate-50 px-3 py-2 text-sm dark:bg-slate-800">
          <p className="font-medium">
            {steps.length > 1 && `${i + 1}. `}
            {step.label}
          </p>
          <TxStatus state={step.state} network={network} confirmedText="Done." />
        </li>
      ))}
    </ol>
  )
}
