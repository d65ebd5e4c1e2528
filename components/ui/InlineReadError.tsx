'use client'

import { ErrorDisplay } from './ErrorDisplay'

/** A browser-side read that failed: what could not be read, and a retry. */
export function InlineReadError({ what, onRetry }: { what: string; onRetry: () => void }) {
  return <ErrorDisplay message={`${what} could not be read: the network did not answer.`} onRetry={onRetry} />
}
