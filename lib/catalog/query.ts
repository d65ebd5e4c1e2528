import { type Direction, knownPermissions, MODULES, type ModuleKey, ROLES } from '../ocn/catalog'
import { formatCredentials } from '../ocn/codecs'
import type { LookalikeReport } from '../ocn/lookalikes'
import type { Party, Service } from '../ocn/reads'
import { type Page, pageOf, parsePage } from '../paging/page'
import { listParam, param, type Params } from '../url-params'

export type SortKey = 'name' | 'country' | 'permissions'

/** What the catalog's search, filters, sort and cards read of a provider's listing. */
export type CatalogParty = Pick<Party, 'address' | 'countryCode' | 'partyId' | 'roles' | 'nodeDomain'>

/** What the catalog reads of a service: the server's whole Service fits, and so does the browser's compact index entry. */
export type CatalogService = Pick<Service, 'provider' | 'name' | 'url' | 'permissions'> & { party: CatalogParty | null }

/** The catalog's search, filters and sort: everything lives in the URL so a view can be shared. */
export type CatalogQuery = {
  q: string
  modules: ModuleKey[]
  direction: Exclude<Direction, 'both'> | null
  personal: 'yes' | 'no' | null
  roles: number[]
  countries: string[]
  sort: SortKey
  /** 1-based; the page the whole filtered, sorted catalog is cut to. */
  page: number
}

export const EMPTY_QUERY: CatalogQuery = { q: '', modules: [], direction: null, personal: null, roles: [], countries: [], sort: 'name', page: 1 }

/** Cards per page: enough to scan, few enough that a page stays a few dozen KB at any catalog size. */
export const CATALOG_PAGE_SIZE = 24

const MODULE_KEYS = MODULES.map((m) => m.key) as readonly string[]
const ROLE_KEYS = ROLES.map((r) => r.key) as readonly string[]

/** Unknown values in a hand-edited URL are dropped rather than breaking the page. */
export function parseCatalogQuery(params: Params): CatalogQuery {
  const direction = param(params, 'dir')
  const personal = param(params, 'personal')
  const sort = param(params, 'sort')
  return {
    q: param(params, 'q').slice(0, 200),
    modules: listParam(params, 'module').filter((m): m is ModuleKey => MODULE_KEYS.includes(m)),
    direction: direction === 'sender' || direction === 'receiver' ? direction : null,
    personal: personal === 'yes' || personal === 'no' ? personal : null,
    roles: listParam(params, 'role').map((r) => ROLE_KEYS.indexOf(r.toUpperCase())).filter((i) => i >= 0),
    countries: listParam(params, 'country').map((c) => c.toUpperCase()).filter((c) => /^[A-Z]{2}$/.test(c)),
    sort: sort === 'country' || sort === 'permissions' ? sort : 'name',
    page: parsePage(params),
  }
}

export function serializeCatalogQuery(query: CatalogQuery): string {
  const params = new URLSearchParams()
  if (query.q) params.set('q', query.q)
  if (query.modules.length) params.set('module', query.modules.join(','))
  if (query.direction) params.set('dir', query.direction)
  if (query.personal) params.set('personal', query.personal)
  if (query.roles.length) params.set('role', query.roles.map((r) => ROLES[r].key).join(','))
  if (query.countries.length) params.set('country', query.countries.join(','))
  if (query.sort !== 'name') params.set('sort', query.sort)
  if (query.page > 1) params.set('page', String(query.page))
  return params.toString()
}

export function isFiltered(query: CatalogQuery): boolean {
  return serializeCatalogQuery({ ...query, sort: 'name', page: 1 }) !== ''
}

/** Between fields in a haystack: a search holding it is checked field by field, so it never matches across two. */
const FIELD_BREAK = '\u0000'

function searchFields(service: CatalogService): string[] {
  const credentials = service.party ? formatCredentials(service.party) : ''
  return [service.name, service.url, service.provider, credentials, credentials.replace('*', ' '), credentials.replace('*', '')].map((f) => f.toLowerCase())
}

// Lowercasing six fields of every service on every keystroke was most of a search's time at 10,000 services;
// services are never mutated, so each one's haystack is built once.
const haystacks = new WeakMap<CatalogService, string>()

function haystack(service: CatalogService): string {
  let text = haystacks.get(service)
  if (text === undefined) haystacks.set(service, (text = searchFields(service).join(FIELD_BREAK)))
  return text
}

/** Builds every service's haystack ahead of the first search, so that first keystroke costs what the others do. */
export function prepareSearch(services: readonly CatalogService[]): void {
  for (const service of services) haystack(service)
}

function matchesText(service: CatalogService, q: string): boolean {
  const needle = q.trim().toLowerCase()
  if (!needle) return true
  if (needle.includes(FIELD_BREAK)) return searchFields(service).some((field) => field.includes(needle))
  return haystack(service).includes(needle)
}

/** FORWARD_ALL* permissions cover every module, so they match any module filter. */
export function matchesCatalogQuery(service: CatalogService, query: CatalogQuery): boolean {
  if (!matchesText(service, query.q)) return false
  const permissions = knownPermissions(service.permissions)
  if (query.modules.length && !permissions.some((p) => p.scope === 'all' || query.modules.includes(p.scope))) return false
  if (query.direction && !permissions.some((p) => p.direction === 'both' || p.direction === query.direction)) return false
  if (query.personal && permissions.some((p) => p.personalData) !== (query.personal === 'yes')) return false
  if (query.roles.length && !service.party?.roles.some((r) => query.roles.includes(r))) return false
  if (query.countries.length && !(service.party && query.countries.includes(service.party.countryCode))) return false
  return true
}

// One collator for every comparison: String#localeCompare builds one per call, which dominates sorting 10,000 names.
const collator = new Intl.Collator('en')

const COMPARE: Record<SortKey, (a: CatalogService, b: CatalogService) => number> = {
  name: (a, b) => collator.compare(a.name, b.name),
  // Providers without a listing have no country: they go last.
  country: (a, b) =>
    Number(!a.party) - Number(!b.party) ||
    collator.compare(a.party?.countryCode ?? '', b.party?.countryCode ?? '') ||
    collator.compare(a.name, b.name),
  permissions: (a, b) => b.permissions.length - a.permissions.length || collator.compare(a.name, b.name),
}

export function applyCatalogQuery<S extends CatalogService>(services: readonly S[], query: CatalogQuery): S[] {
  return services.filter((s) => matchesCatalogQuery(s, query)).sort(COMPARE[query.sort])
}

/** The whole catalog in one of its orders (a copy: the list read from the chain keeps its own order). */
export function sortCatalog<S extends CatalogService>(services: readonly S[], sort: SortKey): S[] {
  return [...services].sort(COMPARE[sort])
}

/** Filter choices offered: only countries and roles that some provider actually has. */
export function catalogFacets(services: readonly CatalogService[]): { countries: string[]; roles: number[] } {
  const countries = new Set<string>()
  const roles = new Set<number>()
  for (const service of services) {
    if (!service.party) continue
    if (/^[A-Z]{2}$/.test(service.party.countryCode)) countries.add(service.party.countryCode)
    service.party.roles.filter((r) => r < ROLES.length).forEach((r) => roles.add(r))
  }
  return { countries: [...countries].sort(), roles: [...roles].sort((a, b) => a - b) }
}

export type CatalogFacets = ReturnType<typeof catalogFacets>

/** What a catalog view needs: one page of the whole catalog filtered and sorted, its totals and its filter choices. */
export type CatalogPage<S extends CatalogService = Service> = Page<S> & { total: number; facets: CatalogFacets }

/**
 * The catalog as one page shows it. The server runs this over everything it read and sends only the result, so
 * a page's size does not grow with the network; the browser runs the same function when it read a custom RPC.
 */
export function catalogPage<S extends CatalogService>(services: readonly S[], query: CatalogQuery, size = CATALOG_PAGE_SIZE): CatalogPage<S> {
  return { ...pageOf(applyCatalogQuery(services, query), query.page, size), total: services.length, facets: catalogFacets(services) }
}

/** The lookalike flags of the services a page shows, out of the report over the whole catalog. */
export function flagsFor(report: LookalikeReport, items: readonly CatalogService[]): LookalikeReport {
  return Object.fromEntries(items.flatMap((s) => (report[s.provider] ? [[s.provider, report[s.provider]]] : [])))
}
