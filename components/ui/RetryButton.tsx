'use client'

import { useRouter } from 'next/navigation'
import { useTransition } from 'react'

export function RetryButton() {
  const router = useRouter()
  const [pending, startTransition] = useTransition()
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() => startTransition(() => router.refresh())}
      className="mt-3 rounded-lg bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-600 disabled:opacity-60"
    >
      {pending ? 'Trying again…' : 'Try again'}
    </button>
  )
}
