import type { Translate } from '../i18n/translate'
import { type Params, param } from '../url-params'

/** One page of a list that has been filtered and sorted as a whole. */
export type Page<T> = {
  items: T[]
  /** 1-based, already clamped into 1..pages. */
  page: number
  /** At least 1, so an empty list still has a page to show its empty state on. */
  pages: number
  /** How many items the whole (filtered) list holds. */
  matched: number
  /** 0-based index of the first item shown, for "Showing 25–48 of …". */
  start: number
}

/**
 * The page number a URL asks for. Anything that is not a plain positive integer (`?page=abc`, `-3`, `1e9`, `2.5`)
 * means the first page: a hand-edited URL never breaks the page. Too-large numbers are clamped by pageOf.
 */
export function parsePage(params: Params, key = 'page'): number {
  const raw = param(params, key).trim()
  if (!/^\d{1,9}$/.test(raw)) return 1
  return Math.max(1, Number(raw))
}

export function pageOf<T>(items: readonly T[], page: number, size: number): Page<T> {
  const pages = Math.max(1, Math.ceil(items.length / size))
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pages)
  const start = (current - 1) * size
  return { items: items.slice(start, start + size), page: current, pages, matched: items.length, start }
}

/**
 * The page links a pager shows: the first, the last, and the current one with its neighbours, with a gap where
 * numbers are left out, so the pager stays a few links long at any number of pages.
 */
export function pageNumbers(page: number, pages: number): (number | 'gap')[] {
  const wanted = new Set([1, pages, page - 1, page, page + 1].filter((p) => p >= 1 && p <= pages))
  const sorted = [...wanted].sort((a, b) => a - b)
  const out: (number | 'gap')[] = []
  sorted.forEach((p, i) => {
    const previous = sorted[i - 1]
    // A single missing number is shown rather than hidden behind a gap that is as wide as it.
    if (previous !== undefined && p - previous === 2) out.push(previous + 1)
    else if (previous !== undefined && p - previous > 2) out.push('gap')
    out.push(p)
  })
  return out
}

/** The query string of `search` with another page: page 1 is the bare URL, so it has one spelling. */
export function withPage(search: string, page: number, key = 'page'): string {
  const params = new URLSearchParams(search)
  if (page > 1) params.set(key, String(page))
  else params.delete(key)
  return params.toString()
}

/** "Showing 25–48 of 10,003 services"; a list on one page just counts. Numbers and plurals follow `t`'s language. */
export function describeRange(page: Page<unknown>, total: number, noun: 'services' | 'parties', t: Translate): string {
  const filtered = page.matched !== total
  if (page.pages === 1) return filtered ? t(`paging.${noun}.filtered`, { matched: page.matched, total }) : t(`paging.${noun}.all`, { total })
  const range = { from: page.start + 1, to: page.start + page.items.length, total }
  return filtered ? t(`paging.${noun}.rangeFiltered`, { ...range, matched: page.matched }) : t(`paging.${noun}.range`, range)
}

/** Rows per page of a long list inside another page (a service's parties, a party's agreements). */
export const LIST_PAGE_SIZE = 50
