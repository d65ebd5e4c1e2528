import { describe, expect, it } from 'vitest'
import { bulkServiceAsRead } from '../devnet/bulk'
import { CATALOG_PAGE_SIZE, catalogPage, EMPTY_QUERY, parseCatalogQuery } from './query'

const CATALOG = Array.from({ length: 10_003 }, (_, i) => bulkServiceAsRead(i))
const page = (search: string) => catalogPage(CATALOG, parseCatalogQuery(new URLSearchParams(search)))

describe('the catalog at 10,003 services', () => {
  it('sends one page of cards with the totals of the whole catalog', () => {
    const first = page('')
    expect(first.items).toHaveLength(CATALOG_PAGE_SIZE)
    expect(first).toMatchObject({ page: 1, pages: Math.ceil(10_003 / CATALOG_PAGE_SIZE), matched: 10_003, total: 10_003, start: 0 })
    expect(first.facets.countries).toEqual(['ZZ'])
  })

  it('sorts the whole catalog before cutting, so pages neither overlap nor skip', () => {
    const seen = new Set<string>()
    let previous = ''
    // Large pages keep this quick; the cut is the same at any size.
    for (let p = 1; p <= 11; p++) {
      for (const service of catalogPage(CATALOG, { ...EMPTY_QUERY, page: p }, 1_000).items) {
        expect(service.name.localeCompare(previous)).toBeGreaterThanOrEqual(0)
        previous = service.name
        seen.add(service.provider)
      }
    }
    expect(seen.size).toBe(10_003)
  })

  it('clamps a page past the end to the last page', () => {
    const last = page('page=100000')
    expect(last.page).toBe(last.pages)
    expect(last.items).toHaveLength(10_003 - (last.pages - 1) * CATALOG_PAGE_SIZE)
  })

  it('finds one service out of the whole catalog by search, and filters count over everything', () => {
    const target = bulkServiceAsRead(9_876)
    const found = page(`q=${target.party!.countryCode}*${target.party!.partyId}`)
    expect(found.items.map((s) => s.provider)).toEqual([target.provider])
    expect(found).toMatchObject({ matched: 1, total: 10_003, pages: 1 })

    const scsp = page('role=scsp')
    expect(scsp.matched).toBe(CATALOG.filter((s) => s.party!.roles.includes(6)).length)
    expect(scsp.matched).toBeGreaterThan(CATALOG_PAGE_SIZE)
    expect(scsp.items.every((s) => s.party!.roles.includes(6))).toBe(true)
  })
})
