'use client'

import { useState } from 'react'
import { useDebouncedCallback } from './useDebouncedCallback'

/**
 * A search box over a list whose search lives in the URL. Each keystroke only updates the box; the URL (and the
 * results, which may be a server render) follows once typing pauses. A search arriving from elsewhere (Back,
 * Forward, a link) replaces the box's text; the box's own commits arriving never do, so nothing typed since is lost.
 */
export function useSearchBox(fromUrl: string, commit: (q: string) => void, delayMs = 250) {
  const [text, setText] = useState(fromUrl)
  const [seen, setSeen] = useState(fromUrl)
  const [committed, setCommitted] = useState(fromUrl)
  if (fromUrl !== seen) {
    setSeen(fromUrl)
    if (fromUrl !== committed) {
      setCommitted(fromUrl)
      setText(fromUrl)
    }
  }
  const debounced = useDebouncedCallback((q: string) => {
    setCommitted(q)
    commit(q)
  }, delayMs)
  return {
    text,
    type: (q: string) => {
      setText(q)
      debounced(q)
    },
    /** Empties the box at once, for a "clear filters" that also clears the URL itself. */
    clear: () => {
      setText('')
      setCommitted('')
    },
  }
}
