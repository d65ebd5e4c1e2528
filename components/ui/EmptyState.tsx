import type { ReactNode } from 'react'
import { TEXT_MUTED } from './styles'

/** Nothing to show yet, said as what it means for the user, with where to go next when there is somewhere. */
export function EmptyState({ title, text, action }: { title: string; text?: ReactNode; action?: ReactNode }) {
  return (
    <div data-testid="empty-state" className="rounded-xl border border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
      <p className="font-medium">{title}</p>
      {text && <p className={`mt-1 text-sm ${TEXT_MUTED}`}>{text}</p>}
      {action && <div className="mt-3">{action}</div>}
    </div>
  )
}
