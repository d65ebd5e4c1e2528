import { type ReactNode, Suspense } from 'react'
import { HistoryLoading } from './HistoryLoading'

/**
 * A page's history area with its heading. The history streams in after the page's current state: a slow or
 * stopped indexer never holds up what the chain says now.
 */
export function HistorySection({ testId, title, children }: { testId: string; title: string; children: ReactNode }) {
  const id = `${testId}-title`
  return (
    <section aria-labelledby={id} data-testid={testId} className="space-y-3">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      <Suspense fallback={<HistoryLoading />}>{children}</Suspense>
    </section>
  )
}
