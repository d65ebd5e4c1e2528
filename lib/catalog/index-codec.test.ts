import type { Address } from 'viem'
import { describe, expect, it } from 'vitest'
import { bulkServiceAsRead } from '../devnet/bulk'
import { findLookalikes } from '../ocn/lookalikes'
import type { Service } from '../ocn/reads'
import { buildCatalogIndex, CATALOG_INDEX_FORMAT, type CatalogIndexDocument, decodeCatalogIndex } from './index-codec'
import { applyCatalogQuery, catalogPage, EMPTY_QUERY, parseCatalogQuery } from './query'

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

/** The document as it crosses the network: JSON, nothing else. */
const wire = (doc: CatalogIndexDocument): unknown => JSON.parse(JSON.stringify(doc))
const index = decodeCatalogIndex(wire(buildCatalogIndex(CATALOG, FLAGS, 'v1')))

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
    ]
    for (const search of searches) {
      const query = parseCatalogQuery(new URLSearchParams(search))
      const server = catalogPage(CATALOG, query)
      // As ServerCatalog runs it: over the index sorted once by the sort key, then the same catalogPage.
      const client = catalogPage(applyCatalogQuery(index.services, { ...EMPTY_QUERY, sort: query.sort }), query)
      expect({ ...client, items: client.items.map((s) => s.provider) }, search).toEqual({ ...server, items: server.items.map((s) => s.provider) })
    }
  })
})

describe('decoding the catalog index', () => {
  const good = wire(buildCatalogIndex(ODD, {}, 'v2')) as CatalogIndexDocument
  const withService = (i: number, entry: unknown) => ({ ...good, services: good.services.map((s, j) => (j === i ? entry : s)) })

  it('refuses anything that is not an index of this format', () => {
    expect(() => decodeCatalogIndex({ error: 'This network is read by the browser.' })).toThrow('unknown format')
    expect(() => decodeCatalogIndex(null)).toThrow('unknown format')
    expect(() => decodeCatalogIndex({ ...good, format: CATALOG_INDEX_FORMAT + 1 })).toThrow('unknown format')
    expect(() => decodeCatalogIndex({ ...good, version: undefined })).toThrow('incomplete')
  })

  it('refuses malformed entries rather than showing half a catalog', () => {
    const [address, name, url, permissions, party] = good.services[0]
    expect(() => decodeCatalogIndex(withService(0, ['0x12', name, url, permissions, party]))).toThrow('service entry')
    expect(() => decodeCatalogIndex(withService(0, [address, name, url, [-1], party]))).toThrow('permission')
    expect(() => decodeCatalogIndex(withService(0, [address, name, url, ['1e3'], party]))).toThrow('permission')
    expect(() => decodeCatalogIndex(withService(0, [address, name, url, permissions, ['DE']]))).toThrow('party entry')
    expect(decodeCatalogIndex(good).services).toHaveLength(ODD.length)
  })
})
