import type { Translate } from '../i18n/translate'
import type { Page } from '../paging/page'

/** "13 parties", "2 of 13 parties", "Showing 1–50 of 73 parties": one sentence per case, so each language counts its own way. */
export function describePartyCount(page: Page<unknown>, total: number, t: Translate): string {
  const filtered = page.matched !== total
  if (page.pages === 1) return filtered ? t('registry.countFiltered', { matched: page.matched, total }) : t('registry.count', { total })
  const range = { first: page.start + 1, last: page.start + page.items.length, total }
  return filtered ? t('registry.rangeFiltered', { ...range, matched: page.matched }) : t('registry.range', range)
}
