'use client'

/** A browser-side read that failed: what could not be read, and a retry. */
export function InlineReadError({ what, onRetry }: { what: string; onRetry: () => void }) {
  return (
    <div role="alert" className="rounded-xl bg-red-50 p-4 text-sm text-red-800 dark:bg-red-950/40 dark:text-red-300">
      {what} could not be read: the network did not answer.{' '}
      <button type="button" className="underline" onClick={onRetry}>
        Try again
      </button>
    </div>
  )
}
