'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

const EVERY_MS = 2_000
/** An indexer still far behind after this long is left alone: the notice stays, the page stops asking. */
const FOR_MS = 120_000

/**
 * While a history area is catching up, renders the page again on the server every 2 s, for at most 2 minutes;
 * it unmounts (and stops) as soon as the area is ready.
 */
export function CatchUpRefresh() {
  const router = useRouter()
  useEffect(() => {
    const started = Date.now()
    const timer = setInterval(() => {
      if (Date.now() - started > FOR_MS) clearInterval(timer)
      else router.refresh()
    }, EVERY_MS)
    return () => clearInterval(timer)
  }, [router])
  return null
}
