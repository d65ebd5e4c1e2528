import type { ReactNode } from 'react'

export function EmptyState({ title, text }: { title: string; text?: ReactNode }) {
  return (
    <div data-testid="empty-state" className="rounded-xl border border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
      <p className="font-medium">{title}</p>
      {text && <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{text}</p>}
    </div>
  )
}
