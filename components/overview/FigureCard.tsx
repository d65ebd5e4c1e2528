import { PANEL_TONE, TEXT_MUTED } from '@/components/ui/styles'

export function FigureCard({ label, value, hint, testId }: { label: string; value: number; hint: string; testId: string }) {
  return (
    <div className={`rounded-xl p-5 ring-1 ${PANEL_TONE.neutral}`}>
      <dt className={`text-sm ${TEXT_MUTED}`}>{label}</dt>
      <dd data-testid={testId} className="mt-1 text-3xl font-semibold tabular-nums">
        {value}
      </dd>
      <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">{hint}</p>
    </div>
  )
}
