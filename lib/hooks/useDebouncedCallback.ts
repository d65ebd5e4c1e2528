'use client'

import { useEffect, useRef } from 'react'

/**
 * Calls `callback` once calls pause for `delayMs`. With 0 it waits for the next frame instead: what the caller
 * changed at once (a typed character) is painted before the callback's own render (results over 10,000 services).
 */
export function useDebouncedCallback<A extends unknown[]>(callback: (...args: A) => void, delayMs: number) {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const frame = useRef<number | undefined>(undefined)
  const latest = useRef(callback)
  useEffect(() => {
    latest.current = callback
  })
  const cancel = () => {
    clearTimeout(timer.current)
    if (frame.current !== undefined) cancelAnimationFrame(frame.current)
  }
  useEffect(() => cancel, [])
  return (...args: A) => {
    cancel()
    const call = () => latest.current(...args)
    // requestAnimationFrame runs before the frame is painted; the timeout after it.
    if (delayMs === 0) frame.current = requestAnimationFrame(() => (timer.current = setTimeout(call, 0)))
    else timer.current = setTimeout(call, delayMs)
  }
}
