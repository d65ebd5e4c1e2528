import { getHistoryJson } from './client'
import type { AgreementPage, AgreementPeriod } from './types'

/** The most agreement periods one export holds: far beyond any party's, and it bounds the server's work. */
export const MAX_EXPORT_ROWS = 100_000

/** The history API's largest page. */
const PAGE_SIZE = 100

export type AllPeriods = { ok: true; periods: AgreementPeriod[] } | { ok: false; reason: 'unreachable' | 'too-many' }

/**
 * Every page of an agreement history, newest first, following `next` cursors. A page that fails fails the whole
 * read (a record with holes would look complete), and so does a history longer than `maxRows`: an export is
 * whole or refused, never cut short without a word.
 */
export async function readAllPeriods(base: string, pathOf: (before: string | undefined, limit: number) => string, maxRows = MAX_EXPORT_ROWS): Promise<AllPeriods> {
  const periods: AgreementPeriod[] = []
  let before: string | undefined
  for (;;) {
    const page = await getHistoryJson<AgreementPage>(base, pathOf(before, PAGE_SIZE))
    if (!page || !Array.isArray(page.items)) return { ok: false, reason: 'unreachable' }
    periods.push(...page.items)
    if (periods.length > maxRows) return { ok: false, reason: 'too-many' }
    if (!page.next) return { ok: true, periods }
    // A cursor that does not move would loop for ever: the indexer is answering nonsense.
    if (page.next === before || page.items.length === 0) return { ok: false, reason: 'unreachable' }
    before = page.next
  }
}
