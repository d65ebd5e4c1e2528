import { useFormatter } from 'next-intl'
import { PANEL_TONE, TEXT_MUTED } from '@/components/ui/styles'

/** One figure of a <dl>: its term, its value and what it counts (inside the <dd>, since a <dl> holds only dt/dd groups). */
export function FigureCard({ label, value, hint, testId }: { label: string; value: number; hint: string; testId: string }) {
  const format = useFormatter()
  return (
    <div className={`rounded-xl p-5 ring-1 ${PANEL_TONE.neutral}`}>
      <dt className={`text-sm ${TEXT_MUTED}`}>{label}</dt>
      <dd className="mt-1">
        <span data-testid={testId} className="block text-3xl font-semibold tabular-nums">
          {format.number(value)}
        </span>
        <span className="mt-2 block text-xs text-slate-600 dark:text-slate-400">{hint}</span>
      </dd>
    </div>
  )
}
