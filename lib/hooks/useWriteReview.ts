'use client'

import { useCallback, useState } from 'react'
import type { WriteAction } from '@/lib/writes/action'

const REVIEW_NOT_LOADED = 'Nothing was sent: the review could not be prepared. Check your connection and try again.'

export type WriteReviewState = { action: WriteAction | null; error: string | null; close: () => void }

/**
 * The action a user is reviewing before the wallet opens. `open` takes a loader, so an action's module (contract
 * calls as data) loads when the user acts, not with the page.
 */
export function useWriteReview() {
  const [action, setAction] = useState<WriteAction | null>(null)
  const [error, setError] = useState<string | null>(null)
  /** Resolves to whether the review opened; when it did not, the reason is in `error`. */
  const open = useCallback(async (load: () => Promise<WriteAction>): Promise<boolean> => {
    setError(null)
    try {
      setAction(await load())
      return true
    } catch {
      setAction(null)
      setError(REVIEW_NOT_LOADED)
      return false
    }
  }, [])
  const close = useCallback(() => {
    setAction(null)
    setError(null)
  }, [])
  return { action, error, open, close }
}
