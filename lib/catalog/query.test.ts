import type { Address } from 'viem'
import { describe, expect, it } from 'vitest'
import type { Party, Service } from '../ocn/reads'
import type { ManifestSummary } from '../manifest/types'
import { applyCatalogQuery, type CatalogManifests, type CatalogService, catalogFacets, catalogPage, EMPTY_QUERY, isFiltered, parseCatalogQuery, serializeCatalogQuery } from './query'
import { PERMISSION, ROLE } from '../ocn/catalog'

function service(name: string, countryCode: string, partyId: string, roles: number[], permissions: bigint[], url = 'https://x.example'): Service {
  const provider = `0x${name.length.toString(16).padStart(40, '0')}` as Address
  const party: Party = {
    address: provider,
    countryCode,
    partyId,
    roles,
    modulesSender: [],
    modulesReceiver: [],
    operator: provider,
    nodeDomain: 'http://localhost:8080',
  }
  return { provider, name, url, permissions, party }
}

const BILLING = service('Roaming Billing & Invoicing', 'DE', 'BIL', [ROLE.OTHER], [PERMISSION.FORWARD_MODULE_CDRS_RECEIVER], 'https://billing.voltbill.example/ocn')
const PAYMENT = service('Smart Payment', 'CH', 'PAY', [ROLE.OTHER], [PERMISSION.FORWARD_ALL])
const LOCATIONS = service('Location Data Enrichment', 'NL', 'LOC', [ROLE.NSP], [PERMISSION.FORWARD_MODULE_LOCATIONS_SENDER, PERMISSION.FORWARD_MODULE_LOCATIONS_RECEIVER])
const SMART = service('Grid-Aware Smart Charging', 'GB', 'SCS', [ROLE.SCSP], [PERMISSION.FORWARD_MODULE_SESSIONS_SENDER, PERMISSION.FORWARD_MODULE_SESSIONS_RECEIVER, PERMISSION.FORWARD_MODULE_CHARGINGPROFILES_SENDER, PERMISSION.FORWARD_MODULE_CHARGINGPROFILES_RECEIVER])
const TARIFFS = service('Tariff Transparency Monitor', 'DE', 'TRF', [ROLE.OTHER], [PERMISSION.FORWARD_MODULE_TARIFFS_SENDER, PERMISSION.FORWARD_MODULE_TARIFFS_RECEIVER])
const ORPHAN: Service = { ...service('Orphan', 'XX', 'XXX', [], [17n]), party: null }
const ALL = [BILLING, PAYMENT, LOCATIONS, SMART, TARIFFS, ORPHAN]

const names = (services: Service[]) => services.map((s) => s.name)
const run = (search: string) => names(applyCatalogQuery(ALL, parseCatalogQuery(new URLSearchParams(search))))

describe('catalog query', () => {
  it('sorts by name by default and shows everything', () => {
    expect(run('')).toEqual([
      'Grid-Aware Smart Charging',
      'Location Data Enrichment',
      'Orphan',
      'Roaming Billing & Invoicing',
      'Smart Payment',
      'Tariff Transparency Monitor',
    ])
  })

  it('searches names, credentials in any notation, URLs and addresses', () => {
    expect(run('q=billing')).toEqual(['Roaming Billing & Invoicing'])
    expect(run('q=de*bil')).toEqual(['Roaming Billing & Invoicing'])
    expect(run('q=DE BIL')).toEqual(['Roaming Billing & Invoicing'])
    expect(run('q=voltbill.example')).toEqual(['Roaming Billing & Invoicing'])
    expect(run(`q=${PAYMENT.provider.toLowerCase()}`)).toEqual(['Smart Payment'])
    // A search never matches across two fields, whatever it holds.
    expect(run('q=invoicing%00https')).toEqual([])
    expect(run('q=invoicing https')).toEqual([])
  })

  it('filters by module, counting FORWARD_ALL as every module', () => {
    expect(run('module=cdrs')).toEqual(['Roaming Billing & Invoicing', 'Smart Payment'])
    expect(run('module=locations,tariffs')).toEqual(['Location Data Enrichment', 'Smart Payment', 'Tariff Transparency Monitor'])
  })

  it('filters by direction and by personal data', () => {
    expect(run('dir=sender')).toEqual(['Grid-Aware Smart Charging', 'Location Data Enrichment', 'Smart Payment', 'Tariff Transparency Monitor'])
    expect(run('personal=yes')).toEqual(['Grid-Aware Smart Charging', 'Roaming Billing & Invoicing', 'Smart Payment'])
    expect(run('personal=no')).toEqual(['Location Data Enrichment', 'Orphan', 'Tariff Transparency Monitor'])
  })

  it("filters by the provider's role and country", () => {
    expect(run('role=SCSP')).toEqual(['Grid-Aware Smart Charging'])
    expect(run('country=DE')).toEqual(['Roaming Billing & Invoicing', 'Tariff Transparency Monitor'])
    expect(run('country=de&module=cdrs')).toEqual(['Roaming Billing & Invoicing'])
  })

  it('sorts by country or by number of permissions', () => {
    expect(run('sort=country')).toEqual([
      'Smart Payment',
      'Roaming Billing & Invoicing',
      'Tariff Transparency Monitor',
      'Grid-Aware Smart Charging',
      'Location Data Enrichment',
      'Orphan',
    ])
    expect(run('sort=permissions').slice(0, 3)).toEqual(['Grid-Aware Smart Charging', 'Location Data Enrichment', 'Tariff Transparency Monitor'])
  })

  it('round-trips through the URL and ignores values it does not know', () => {
    const query = parseCatalogQuery(new URLSearchParams('q=pay&module=cdrs,bogus&dir=sideways&role=cpo,NOPE&country=de,DEU&sort=permissions&page=3'))
    expect(query).toEqual({ q: 'pay', modules: ['cdrs'], direction: null, personal: null, roles: [ROLE.CPO], countries: ['DE'], categories: [], pricing: [], sort: 'permissions', page: 3 })
    expect(parseCatalogQuery(new URLSearchParams(serializeCatalogQuery(query)))).toEqual(query)
    expect(serializeCatalogQuery(EMPTY_QUERY)).toBe('')
    expect(isFiltered({ ...EMPTY_QUERY, sort: 'country' })).toBe(false)
    expect(isFiltered({ ...EMPTY_QUERY, personal: 'no' })).toBe(true)
    expect(isFiltered({ ...EMPTY_QUERY, page: 4 })).toBe(false)
  })

  it('reads a garbage page number as the first page', () => {
    for (const page of ['abc', '-2', '0', '2.5', '1e3', '', '99999999999']) {
      expect(parseCatalogQuery(new URLSearchParams({ page })).page, page).toBe(1)
    }
    expect(parseCatalogQuery(new URLSearchParams('page=7')).page).toBe(7)
  })

  it('offers only the countries and roles providers have', () => {
    expect(catalogFacets(ALL)).toEqual({ countries: ['CH', 'DE', 'GB', 'NL'], roles: [ROLE.NSP, ROLE.OTHER, ROLE.SCSP] })
  })
})

const summary = (state: ManifestSummary['state'], categories: ManifestSummary['categories'] = [], pricing: ManifestSummary['pricing'] = null): ManifestSummary => ({
  state,
  tagline: categories.length ? 'A tagline' : null,
  categories,
  pricing,
  pricingText: null,
  logoHash: null,
})

/** The seeded demo's states: each service's summary by URL, as the server's manifest book gives them. */
const SUMMARIES = new Map<string, ManifestSummary>([
  [BILLING.name, summary('verified', ['billing', 'payment'], 'per-session')],
  [PAYMENT.name, summary('unverified', ['payment'], 'free')],
  [LOCATIONS.name, summary('pending')],
  // Changed: the hosted content says billing, but it is not what was committed, so the summary carries none.
  [SMART.name, summary('changed')],
  [TARIFFS.name, summary('none')],
  [ORPHAN.name, summary('pending')],
])
const manifests = (epoch = 1): CatalogManifests => ({ epoch, summaryOf: (s) => SUMMARIES.get(s.name)! })
const page = (search: string) => catalogPage(ALL, parseCatalogQuery(new URLSearchParams(search)), 24, manifests())

describe('catalog manifest filters', () => {
  it('reads categories and pricing models from the URL, dropping values it does not know', () => {
    const query = parseCatalogQuery(new URLSearchParams('category=billing,Bogus,smart-charging,billing&pricing=free,gratis,per-kwh'))
    expect(query.categories).toEqual(['billing', 'smart-charging'])
    expect(query.pricing).toEqual(['free', 'per-kwh'])
    expect(serializeCatalogQuery(query)).toBe('category=billing%2Csmart-charging&pricing=free%2Cper-kwh')
    expect(parseCatalogQuery(new URLSearchParams(serializeCatalogQuery(query)))).toEqual(query)
    expect(isFiltered({ ...EMPTY_QUERY, pricing: ['free'] })).toBe(true)
  })

  it('matches any of the chosen categories and pricing models of trusted manifests only', () => {
    expect(page('category=payment').items.map((s) => s.name)).toEqual(['Roaming Billing & Invoicing', 'Smart Payment'])
    expect(page('category=billing').items.map((s) => s.name)).toEqual(['Roaming Billing & Invoicing'])
    expect(page('pricing=free,per-kwh').items.map((s) => s.name)).toEqual(['Smart Payment'])
    expect(page('category=payment&pricing=per-session').items.map((s) => s.name)).toEqual(['Roaming Billing & Invoicing'])
    expect(page('category=smart-charging').matched, 'changed, pending and missing manifests never match').toBe(0)
  })

  it('counts the services left out only because their manifest is still pending', () => {
    expect(page('category=billing').manifests).toEqual({ pending: 2 })
    // The orphan has no listing: a country filter leaves it out whatever its manifest says.
    expect(page('category=billing&country=NL').manifests).toEqual({ pending: 1 })
    expect(page('').manifests, 'no manifest filter, nothing left out').toEqual({ pending: 0 })
  })

  it("puts the summaries on the page's cards only", () => {
    const shown = page('module=cdrs')
    expect(shown.items.map((s: CatalogService) => [s.name, s.manifest?.state])).toEqual([
      ['Roaming Billing & Invoicing', 'verified'],
      ['Smart Payment', 'unverified'],
    ])
    expect(ALL.every((s: CatalogService) => s.manifest === undefined), 'the catalog itself is not changed').toBe(true)
  })

  it('ignores manifest filters where nobody checked manifests (a catalog read by the browser)', () => {
    const browser = catalogPage(ALL, parseCatalogQuery(new URLSearchParams('category=billing')))
    expect(browser.matched).toBe(ALL.length)
    expect(browser.manifests).toBeNull()
    expect(browser.items.every((s: CatalogService) => s.manifest === undefined)).toBe(true)
  })
})
