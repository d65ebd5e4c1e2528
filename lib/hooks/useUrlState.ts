'use client'

import { usePathname, useRouter, useSearchParams } from 'next/navigation'
import { useCallback, useMemo, useOptimistic, useState, useTransition } from 'react'

export type UrlStateOptions = {
  /**
   * Where the view's data comes from. `server`: the server filters and pages, so a change navigates and the server
   * renders the new page. `browser`: the browser holds every item, so only the address bar changes.
   */
  renderer: 'server' | 'browser'
}

/** `push` records the change in history (a filter: Back undoes it); `replace` does not (each debounced search). */
export type UrlUpdate = { history: 'push' | 'replace' }

/**
 * State that lives in the query string, so a view can be shared, reloaded, and walked with Back and Forward. The
 * URL is the only source of truth; while the server renders a change, the optimistic state shows the controls
 * already changed, and `pending` says the results are on their way.
 *
 * Kept hand-written rather than nuqs: the state is one object parsed by a pure lib function that the server page
 * uses too, and nuqs's adapter would add to the first-load JavaScript of every page that has a list.
 */
export function useUrlState<T>(parse: (params: URLSearchParams) => T, serialize: (state: T) => string, { renderer }: UrlStateOptions) {
  const searchParams = useSearchParams()
  const pathname = usePathname()
  const router = useRouter()
  const search = searchParams.toString()
  const fromUrl = useMemo(() => parse(new URLSearchParams(search)), [parse, search])
  const [optimistic, setOptimistic] = useOptimistic(fromUrl)
  // In the browser renderer a change shows at once: Next follows pushState a render later, and a controlled
  // checkbox would flip back in between. Whenever the URL moves (that change arriving, Back, a link), it wins.
  const [local, setLocal] = useState({ search, value: fromUrl })
  if (local.search !== search) setLocal({ search, value: fromUrl })
  const [pending, startTransition] = useTransition()
  const setState = useCallback(
    (next: T, { history }: UrlUpdate) => {
      const nextSearch = serialize(next)
      const url = nextSearch ? `${pathname}?${nextSearch}` : pathname
      if (renderer === 'browser') {
        setLocal({ search, value: next })
        // Next keeps useSearchParams in step with the History API, without a request to the server.
        if (history === 'push') window.history.pushState(null, '', url)
        else window.history.replaceState(null, '', url)
        return
      }
      startTransition(() => {
        setOptimistic(next)
        if (history === 'push') router.push(url, { scroll: false })
        else router.replace(url, { scroll: false })
      })
    },
    [pathname, renderer, router, search, serialize, setOptimistic],
  )
  return { state: renderer === 'browser' ? local.value : optimistic, setState, pending }
}
