'use client'

import { useRouter } from 'next/navigation'
import { useTransition } from 'react'

/** Retries a browser read when given `onRetry`; otherwise renders the page again on the server. */
export function RetryButton({ onRetry, retrying = false }: { onRetry?: () => void; retrying?: boolean }) {
  const router = useRouter()
  const [pending, startTransition] = useTransition()
  const busy = pending || retrying
  return (
    <button
      type="button"
      disabled={busy}
      onClick={() => (onRetry ? onRetry() : startTransition(() => router.refresh()))}
      className="mt-3 rounded-lg bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-600 disabled:opacity-60"
    >
      {busy ? 'Trying again…' : 'Try again'}
    </button>
  )
}
