import { useTranslations } from 'next-intl'
import type { MouseEvent } from 'react'
import { AppLink } from '@/components/ui/AppLink'
import { pageNumbers, withPage } from '@/lib/paging/page'

type Props = {
  page: number
  pages: number
  /** The list's path and current query string: each link keeps the search, filters and sort. */
  pathname: string
  search: string
  /** Names the list for screen readers when a page has more than one pager. */
  label: string
  /** The query parameter holding this list's page, when a page has more than one paged list. */
  param?: string
  /** Turns to a page without a navigation (the list is paged in the browser); the links still open in a new tab. */
  onPage?: (page: number) => void
}

const ITEM = 'inline-flex min-h-8 min-w-9 items-center justify-center rounded-lg px-2.5 py-1 text-sm'
const LINK = `${ITEM} ring-1 ring-slate-300 hover:bg-white dark:ring-slate-700 dark:hover:bg-slate-900`

/** Previous, numbered and next links to the other pages of a list: real links, so they open in a tab and work without JavaScript. */
export function Pagination({ page, pages, pathname, search, label, param = 'page', onPage }: Props) {
  const t = useTranslations('ui.pagination')
  if (pages <= 1) return null
  const number = (p: number) => t.rich('page', { page: p, hidden: (text) => <span className="sr-only">{text}</span> })
  const href = (p: number) => {
    const query = withPage(search, p, param)
    return query ? `${pathname}?${query}` : pathname
  }
  // Only with onPage: a server component's pager passes no function to the links.
  const turnTo = (p: number) =>
    onPage &&
    ((event: MouseEvent<HTMLAnchorElement>) => {
      // A modified click opens a tab or a window as a link does.
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
      event.preventDefault()
      onPage(p)
    })
  return (
    <nav aria-label={label} data-testid="pagination" className="mt-6">
      <ul className="flex flex-wrap items-center gap-1.5">
        <li>
          {page > 1 ? (
            <AppLink href={href(page - 1)} rel="prev" className={LINK} onClick={turnTo(page - 1)}>
              {t('previous')}
            </AppLink>
          ) : (
            <span aria-disabled="true" className={`${ITEM} text-slate-500 dark:text-slate-400`}>
              {t('previous')}
            </span>
          )}
        </li>
        {pageNumbers(page, pages).map((p, i) =>
          p === 'gap' ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-slate-600 dark:text-slate-400">
              …
            </li>
          ) : (
            <li key={p}>
              {p === page ? (
                <span aria-current="page" data-testid="current-page" className={`${ITEM} bg-indigo-700 font-semibold text-white`}>
                  {number(p)}
                </span>
              ) : (
                <AppLink href={href(p)} className={LINK} onClick={turnTo(p)}>
                  {number(p)}
                </AppLink>
              )}
            </li>
          ),
        )}
        <li>
          {page < pages ? (
            <AppLink href={href(page + 1)} rel="next" className={LINK} onClick={turnTo(page + 1)}>
              {t('next')}
            </AppLink>
          ) : (
            <span aria-disabled="true" className={`${ITEM} text-slate-500 dark:text-slate-400`}>
              {t('next')}
            </span>
          )}
        </li>
      </ul>
    </nav>
  )
}
