import type { ReactNode } from 'react'

type Props = {
  index: number
  title: string
  /** Where the account stands for this step, in a few words. */
  status: string
  done: boolean
  testId: string
  children: ReactNode
}

/** One step of the identity checklist: its number (a tick once done), where it stands, and its actions. */
export function ChecklistItem({ index, title, status, done, testId, children }: Props) {
  const headingId = `${testId}-title`
  return (
    <li data-testid={testId} aria-labelledby={headingId} className="rounded-xl bg-white p-4 ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800">
      <div className="flex flex-wrap items-center gap-2">
        <span
          aria-hidden="true"
          className={`flex h-6 w-6 items-center justify-center rounded-full text-xs font-semibold ${
            done ? 'bg-emerald-600 text-white' : 'bg-slate-200 text-slate-700 dark:bg-slate-800 dark:text-slate-300'
          }`}
        >
          {done ? '✓' : index}
        </span>
        {/* Focusable from script only: the next-step links move the visitor here. */}
        <h2 id={headingId} tabIndex={-1} className="scroll-mt-4 font-semibold">
          {title}
        </h2>
        <span
          data-testid="step-status"
          className={`ml-auto rounded px-1.5 py-0.5 text-xs ${
            done ? 'bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200' : 'bg-slate-200 dark:bg-slate-800'
          }`}
        >
          {status}
        </span>
      </div>
      <div className="mt-3 space-y-3 text-sm">{children}</div>
    </li>
  )
}
