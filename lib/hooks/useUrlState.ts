'use client'

import { usePathname, useSearchParams } from 'next/navigation'
import { useCallback, useState } from 'react'

/**
 * State mirrored into the query string, so a view can be shared or reloaded. The component state answers at
 * once; history.replaceState updates the URL without a server round trip, so filtering never refetches the page.
 */
export function useUrlState<T>(parse: (params: URLSearchParams) => T, serialize: (state: T) => string) {
  const searchParams = useSearchParams()
  const pathname = usePathname()
  const [state, setLocalState] = useState(() => parse(new URLSearchParams(searchParams.toString())))
  const setState = useCallback(
    (next: T) => {
      setLocalState(next)
      const search = serialize(next)
      window.history.replaceState(window.history.state, '', search ? `${pathname}?${search}` : pathname)
    },
    [pathname, serialize],
  )
  return [state, setState] as const
}
