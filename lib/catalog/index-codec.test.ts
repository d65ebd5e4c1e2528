import type { Address } from 'viem'
import { describe, expect, it } from 'vitest'
import { bulkServiceAsRead } from '../devnet/bulk'
import { findLookalikes } from '../ocn/lookalikes'
import type { Service } from '../ocn/reads'
import { MANIFEST_BOUNDS } from '../manifest/schema'
import { buildCatalogIndex, CATALOG_INDEX_FORMAT, type CatalogIndexDocument, decodeCatalogIndex, SUMMARY_BOUNDS } from './index-codec'
import { CATEGORIES, MANIFEST_STATES, type ManifestSummary, PENDING_SUMMARY, PRICING_MODELS } from '../manifest/types'
import { applyCatalogQuery, CARRIED_MANIFESTS, type CatalogManifests, type CatalogService, catalogPage, EMPTY_QUERY, parseCatalogQuery } from './query'

/** A bulk-seeded service with everything a Party holds (the index keeps less). */
const bulkService = (index: number): Service =>
  bulkServiceAsRead(index, {
    modulesSender: [1, 2],
    modulesReceiver: [3],
    operator: '0x000000000000000000000000000000000000dEaD',
    nodeDomain: index % 7 === 0 ? '' : `https://node${index % 3}.example`,
  })

const provider = (n: number) => `0x${n.toString(16).padStart(40, '0')}` as Address
/** Another provider's service: a listing is the provider's own, so its party's address is the provider. */
function at(n: number, service: Service): Service {
  return { ...service, provider: provider(n), party: service.party && { ...service.party, address: provider(n) } }
}
// Lookalikes (a Cyrillic 'а', the same name twice), a deleted listing and a permission past 2^53.
const ODD: Service[] = [
  at(1, { ...bulkService(20_001), name: 'Smаrt Payment' }),
  at(2, { ...bulkService(20_002), name: 'Smart Payment' }),
  at(3, { ...bulkService(20_003), name: 'Smart Payment' }),
  at(4, { ...bulkService(20_004), name: 'Orphan', party: null }),
  at(5, { ...bulkService(20_005), name: 'Big', permissions: [3n, 2n ** 200n] }),
]
const CATALOG = [...Array.from({ length: 10_000 }, (_, i) => bulkService(i)), ...ODD]
const FLAGS = findLookalikes(CATALOG)

/** Every state, trusted ones with content at the schema's bounds (a 120-character tagline) and some without a logo. */
function summaryOf(index: number): ManifestSummary {
  const state = MANIFEST_STATES[index % MANIFEST_STATES.length]
  if (state !== 'verified' && state !== 'unverified') return { ...PENDING_SUMMARY, state }
  return {
    state,
    tagline: index % 3 === 0 ? 'T'.repeat(120) : `Tagline ${index}`,
    categories: [CATEGORIES[index % CATEGORIES.length], CATEGORIES[(index + 3) % CATEGORIES.length]],
    pricing: PRICING_MODELS[index % PRICING_MODELS.length],
    pricingText: index % 2 ? null : `EUR ${index} per month`,
    logoHash: index % 5 === 0 ? null : 'A'.repeat(42) + (index % 10),
  }
}
const SUMMARIES = new Map(CATALOG.map((s, i) => [s.provider, summaryOf(i)]))
const MANIFESTS: CatalogManifests = { epoch: 3, summaryOf: (s) => SUMMARIES.get(s.provider)! }

/** The document as it crosses the network: JSON, nothing else. */
const wire = (doc: CatalogIndexDocument): unknown => JSON.parse(JSON.stringify(doc))
const index = decodeCatalogIndex(wire(buildCatalogIndex(CATALOG, FLAGS, 'v1', MANIFESTS)))

describe('the catalog index', () => {
  it('carries every service with what a card, the search and the filters read, and nothing else', () => {
    expect(index.version).toBe('v1')
    expect(index.services).toHaveLength(CATALOG.length)
    const byProvider = new Map(index.services.map((s) => [s.provider, s]))
    for (const original of CATALOG) {
      const { party, ...rest } = original
      expect(byProvider.get(original.provider)).toEqual({
        ...rest,
        party: party && { address: party.address, countryCode: party.countryCode, partyId: party.partyId, roles: party.roles, nodeDomain: party.nodeDomain },
        manifest: SUMMARIES.get(original.provider),
      })
    }
    expect(byProvider.get(provider(5))?.permissions).toEqual([3n, 2n ** 200n])
    expect(byProvider.get(provider(4))?.party).toBeNull()
  })

  it('carries the lookalike flags found over the whole catalog', () => {
    expect(Object.keys(FLAGS)).toEqual(expect.arrayContaining([provider(1), provider(2), provider(3)]))
    expect(index.lookalikes).toEqual(FLAGS)
  })

  it('lists services in name order', () => {
    expect(index.services.map((s) => s.provider)).toEqual(applyCatalogQuery(CATALOG, EMPTY_QUERY).map((s) => s.provider))
  })

  it('answers every query as the server does over the full services', () => {
    const searches = [
      '',
      'q=fjord',
      'q=Fjordcharge Grid',
      'q=zz*00',
      'q=zz 01',
      `q=${CATALOG[1234].provider.toLowerCase()}`,
      'q=smart payment',
      'q=orphan',
      'module=cdrs&page=3',
      'dir=receiver&personal=yes&sort=country&page=9',
      'role=OTHER&sort=permissions&page=2',
      'country=ZZ,ZY&q=clearing&sort=country',
      'q=no such service anywhere',
      'category=billing,analytics',
      'category=roaming&pricing=free,per-kwh&sort=country&page=2',
      'pricing=on-request&module=cdrs',
    ]
    for (const search of searches) {
      const query = parseCatalogQuery(new URLSearchParams(search))
      const server = catalogPage(CATALOG, query, undefined, MANIFESTS)
      // As ServerCatalog runs it: over the index sorted once by the sort key, then the same catalogPage.
      const client = catalogPage(applyCatalogQuery(index.services, { ...EMPTY_QUERY, sort: query.sort }), query, undefined, CARRIED_MANIFESTS)
      const cards = (items: CatalogService[]) => items.map((s) => [s.provider, s.manifest])
      expect({ ...client, items: cards(client.items) }, search).toEqual({ ...server, items: cards(server.items) })
    }
  })
})

describe('decoding the catalog index', () => {
  const good = wire(buildCatalogIndex(ODD, {}, 'v2', MANIFESTS)) as CatalogIndexDocument
  const withService = (i: number, entry: unknown) => ({ ...good, services: good.services.map((s, j) => (j === i ? entry : s)) })

  it('refuses anything that is not an index of this format', () => {
    expect(() => decodeCatalogIndex({ error: 'This network is read by the browser.' })).toThrow('unknown format')
    expect(() => decodeCatalogIndex(null)).toThrow('unknown format')
    expect(() => decodeCatalogIndex({ ...good, format: CATALOG_INDEX_FORMAT + 1 })).toThrow('unknown format')
    expect(() => decodeCatalogIndex({ ...good, version: undefined })).toThrow('incomplete')
  })

  it('refuses malformed entries rather than showing half a catalog', () => {
    const [address, name, url, permissions, party, summary] = good.services[0]
    expect(() => decodeCatalogIndex(withService(0, ['0x12', name, url, permissions, party, summary]))).toThrow('service entry')
    expect(() => decodeCatalogIndex(withService(0, [address, name, url, [-1], party, summary]))).toThrow('permission')
    expect(() => decodeCatalogIndex(withService(0, [address, name, url, ['1e3'], party, summary]))).toThrow('permission')
    expect(() => decodeCatalogIndex(withService(0, [address, name, url, permissions, ['DE'], summary]))).toThrow('party entry')
    expect(() => decodeCatalogIndex(withService(0, [address, name, url, permissions, party])), 'an entry of the previous format').toThrow('service entry')
    expect(decodeCatalogIndex(good).services).toHaveLength(ODD.length)
  })

  it("bounds summaries as the manifest schema does", () => {
    expect(SUMMARY_BOUNDS).toEqual({ tagline: MANIFEST_BOUNDS.tagline, pricingText: MANIFEST_BOUNDS.pricingText })
  })

  it('refuses manifest summaries the server could not have sent', () => {
    const [address, name, url, permissions, party] = good.services[0]
    const decodes = (summary: unknown) => () => decodeCatalogIndex(withService(0, [address, name, url, permissions, party, summary]))
    const trusted = ['verified', 'A tagline', ['billing'], 'free', 'No fee', 'B'.repeat(43)]
    expect(decodes(trusted)).not.toThrow()
    expect(decodes('pending')).not.toThrow()
    const bad: [string, unknown][] = [
      ['an unknown state', 'trusted'],
      ['content of a changed manifest', ['changed', ...trusted.slice(1)]],
      ['a bare trusted state', 'verified'],
      ['a tagline past the bound', ['verified', 'T'.repeat(121), ...trusted.slice(2)]],
      ['an empty tagline', ['verified', '', ...trusted.slice(2)]],
      ['an unknown category', ['verified', 'A tagline', ['billing', 'crypto'], ...trusted.slice(3)]],
      ['an unknown pricing model', ['unverified', 'A tagline', [], 'gratis', 0, 0]],
      ['a pricing text past the bound', ['unverified', 'A tagline', [], 'free', 'x'.repeat(201), 0]],
      ['a logo hash that is not one', [...trusted.slice(0, 5), '../../etc/passwd']],
      ['logo bytes', [...trusted.slice(0, 5), 'data:image/png;base64,AAAA']],
      ['a short tuple', trusted.slice(0, 5)],
    ]
    for (const [what, summary] of bad) expect(decodes(summary), what).toThrow('manifest summary')
  })
})
