import { describe, expect, it } from 'vitest'
import { bulkParty } from '../devnet/bulk'
import type { Service } from '../ocn/reads'
import { CATALOG_MEMO_SIZE, createCatalogOrders } from './orders'
import { CATALOG_PAGE_SIZE, catalogPage, parseCatalogQuery } from './query'

const COUNTRIES = ['DE', 'NL', 'CH', 'FR', 'GB']

/** Bulk services spread over countries and roles, with unlisted providers and extra permissions mixed in. */
function service(index: number): Service {
  const party = bulkParty(index)
  const listed = index % 13 !== 0
  return {
    provider: party.address,
    ...party.service,
    permissions: index % 7 === 0 ? [...party.service.permissions, 17n, 99n] : party.service.permissions,
    party: listed
      ? {
          address: party.address,
          countryCode: COUNTRIES[index % COUNTRIES.length],
          partyId: party.partyId,
          roles: [party.role, index % 4],
          modulesSender: [],
          modulesReceiver: [],
          operator: party.address,
          nodeDomain: 'http://localhost:8080',
        }
      : null,
  }
}

const CATALOG = Array.from({ length: 2_000 }, (_, i) => service(i))
const query = (search: string) => parseCatalogQuery(new URLSearchParams(search))

const SEARCHES = [
  '',
  'page=7',
  'page=100000',
  'sort=country',
  'sort=country&page=3',
  'sort=permissions&page=2',
  'q=billing',
  'q=BILLING&sort=permissions',
  'q=  analytics ',
  'q=de*',
  'q=no such service',
  'module=cdrs',
  'module=cdrs,tariffs&dir=receiver',
  'dir=sender&personal=yes',
  'personal=no&sort=country',
  'role=cpo,emsp',
  'country=nl,ch&page=2',
  'country=nl&role=other&module=locations&q=grid',
]

describe('the catalog index of one snapshot', () => {
  it('gives every query the page catalogPage gives, the first time and from its memo', () => {
    const index = createCatalogOrders(CATALOG)
    for (const round of [1, 2]) {
      for (const search of SEARCHES) {
        expect(index.page(query(search)), `${search} (round ${round})`).toEqual(catalogPage(CATALOG, query(search)))
      }
    }
    expect(index.page(query('page=2')).items).toHaveLength(CATALOG_PAGE_SIZE)
  })

  it('pages a filtered list it holds without filtering again, at any page size', () => {
    const index = createCatalogOrders(CATALOG)
    for (let p = 1; p <= 5; p++) {
      expect(index.page(query(`module=cdrs&page=${p}`), 100)).toEqual(catalogPage(CATALOG, query(`module=cdrs&page=${p}`), 100))
    }
    // Pages of one filter share its list.
    expect(index.memoized()).toBe(1)
  })

  it('holds a bounded number of filtered lists, whatever visitors search for', () => {
    const index = createCatalogOrders(CATALOG)
    for (let i = 0; i < CATALOG_MEMO_SIZE * 3; i++) index.page(query(`q=${i}`))
    expect(index.memoized()).toBe(CATALOG_MEMO_SIZE)
    // Evicted searches still answer correctly: they are filtered again.
    expect(index.page(query('q=1'))).toEqual(catalogPage(CATALOG, query('q=1')))
    expect(index.memoized()).toBe(CATALOG_MEMO_SIZE)
  })

  it('answers from the services it was built on, never from another index', () => {
    const before = createCatalogOrders(CATALOG)
    before.page(query('q=billing'))
    const fewer = CATALOG.filter((s) => !s.name.toLowerCase().includes('billing') || s.provider === CATALOG[0].provider)
    const after = createCatalogOrders(fewer)
    expect(after.page(query('q=billing'))).toEqual(catalogPage(fewer, query('q=billing')))
    expect(after.page(query('q=billing')).matched).toBeLessThan(before.page(query('q=billing')).matched)
    expect(after.page(query('')).total).toBe(fewer.length)
  })
})
