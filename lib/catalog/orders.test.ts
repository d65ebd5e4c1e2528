import { describe, expect, it } from 'vitest'
import { bulkParty } from '../devnet/bulk'
import type { Service } from '../ocn/reads'
import { CATALOG_MEMO_SIZE, createCatalogOrders } from './orders'
import { CATEGORIES, type ManifestSummary, PENDING_SUMMARY, PRICING_MODELS } from '../manifest/types'
import { CATALOG_PAGE_SIZE, type CatalogManifests, catalogPage, parseCatalogQuery } from './query'

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

const STATES = ['verified', 'unverified', 'changed', 'pending', 'none'] as const

/** Every state among the services, trusted ones with a category and pricing model each. */
function summaryOf(index: number): ManifestSummary {
  const state = STATES[index % STATES.length]
  if (state !== 'verified' && state !== 'unverified') return { ...PENDING_SUMMARY, state }
  return { state, tagline: `Service ${index}`, categories: [CATEGORIES[index % CATEGORIES.length]], pricing: PRICING_MODELS[index % PRICING_MODELS.length], pricingText: null, logoHash: null }
}

/** A manifest book over the catalog: summaries by URL, which `set` changes as a finished fetch would. */
function book(epoch: number, overrides = new Map<string, ManifestSummary>()): CatalogManifests {
  const byUrl = new Map(CATALOG.map((s, i) => [s.url, summaryOf(i)]))
  return { epoch, summaryOf: (s) => overrides.get(s.url) ?? byUrl.get(s.url) ?? PENDING_SUMMARY }
}

const MANIFEST_SEARCHES = ['category=billing', 'category=billing,analytics&pricing=free', 'pricing=per-kwh&sort=country&page=2', 'category=roaming&module=cdrs', 'q=billing&pricing=subscription']

describe('the catalog index with manifests', () => {
  it('gives every query the page catalogPage gives over the same summaries', () => {
    const index = createCatalogOrders(CATALOG)
    const manifests = book(1)
    for (const search of [...SEARCHES, ...MANIFEST_SEARCHES]) {
      expect(index.page(query(search), CATALOG_PAGE_SIZE, manifests), search).toEqual(catalogPage(CATALOG, query(search), CATALOG_PAGE_SIZE, manifests))
    }
    expect(index.page(query('category=billing'), CATALOG_PAGE_SIZE, manifests).manifests?.pending).toBeGreaterThan(0)
  })

  it('filters by manifest again under a new epoch, and keeps other lists', () => {
    const index = createCatalogOrders(CATALOG)
    const overrides = new Map<string, ManifestSummary>()
    const first = book(1, overrides)
    const billing = index.page(query('category=billing'), CATALOG_PAGE_SIZE, first)
    index.page(query('module=cdrs'), CATALOG_PAGE_SIZE, first)
    expect(index.memoized()).toBe(2)

    // A pending service turns out to be a billing service.
    const pending = CATALOG.find((_, i) => summaryOf(i).state === 'pending')!
    overrides.set(pending.url, { ...summaryOf(0), state: 'verified', categories: ['billing'] })
    const second = book(2, overrides)
    const after = index.page(query('category=billing'), CATALOG_PAGE_SIZE, second)
    expect(after.matched).toBe(billing.matched + 1)
    expect(after).toEqual(catalogPage(CATALOG, query('category=billing'), CATALOG_PAGE_SIZE, second))
    expect(after.manifests?.pending).toBe((billing.manifests?.pending ?? 0) - 1)
    // The module filter does not read manifests: its list stands, and only its cards' summaries are new.
    index.page(query('module=cdrs'), CATALOG_PAGE_SIZE, second)
    expect(index.memoized()).toBe(3)
  })
})
