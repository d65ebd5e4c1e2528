import { useTranslations } from 'next-intl'
import type { Network } from '@/lib/chain/networks'
import { progressOf, type StepState } from '@/lib/tx/steps'
import { TxStatus } from './TxStatus'

/** The progress of a write: one line per transaction, each with its own status, and how many are done. */
export function StepList({ steps, network }: { steps: StepState[]; network: Network }) {
  const t = useTranslations()
  if (steps.length === 0) return null
  const { done, total } = progressOf(steps)
  return (
    <div className="space-y-2">
      {total > 1 && (
        <p data-testid="tx-progress" className="text-sm text-slate-600 dark:text-slate-400">
          {t('tx.steps.progress', { done, total })}
        </p>
      )}
      <ol className="space-y-2" data-testid="tx-steps">
        {steps.map((step, i) => (
          <li key={`${i}-${step.key}`} data-testid="tx-step" className="rounded-lg bg-slate-50 px-3 py-2 text-sm dark:bg-slate-800">
            {step.label && (
              <p className="font-medium">
                {total > 1 ? t('tx.steps.numbered', { number: i + 1, label: step.label }) : step.label}
              </p>
            )}
            <TxStatus state={step.state} network={network} confirmedText={t('tx.steps.done')} />
          </li>
        ))}
      </ol>
    </div>
  )
}
