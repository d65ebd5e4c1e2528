'use client'

import { useCallback, useEffect, useState } from 'react'
import { clearDraft, loadDraft, saveDraft } from '@/lib/forms/drafts'

/** A form's state mirrored into localStorage (see lib/forms/drafts.ts); `discard` once the chain confirmed it. */
export function useDraft<T extends object>(key: string | null, empty: T) {
  const [draft, setDraft] = useState<T>(empty)
  const [loadedKey, setLoadedKey] = useState<string | null>(null)

  // Loaded after mount: the server render has no localStorage, and both renders must match.
  useEffect(() => {
    if (!key) return
    // Reading localStorage has to wait for the browser; the server render starts from `empty`.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setDraft(loadDraft(localStorage, key, empty))
    setLoadedKey(key)
    // `empty` is a fresh object on every render; the key decides when to load.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])

  const update = useCallback(
    (next: T) => {
      setDraft(next)
      if (key) saveDraft(localStorage, key, next)
    },
    [key],
  )

  const discard = useCallback(
    (next: T) => {
      if (key) clearDraft(localStorage, key)
      setDraft(next)
    },
    [key],
  )

  return { draft, update, discard, loaded: key !== null && loadedKey === key }
}
