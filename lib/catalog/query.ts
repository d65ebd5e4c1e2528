import { CATEGORIES, type Category, contentTrusted, type ManifestSummary, PENDING_SUMMARY, PRICING_MODELS, type PricingModel } from '../manifest/types'
import { type Direction, knownPermissions, MODULES, type ModuleKey, ROLES } from '../ocn/catalog'
import { formatCredentials } from '../ocn/codecs'
import type { LookalikeReport } from '../ocn/lookalikes'
import type { Party, Service } from '../ocn/reads'
import { type Page, pageOf, parsePage } from '../paging/page'
import { listParam, param, type Params } from '../url-params'

export type SortKey = 'name' | 'country' | 'permissions'

/** What the catalog's search, filters, sort and cards read of a provider's listing. */
export type CatalogParty = Pick<Party, 'address' | 'countryCode' | 'partyId' | 'roles' | 'nodeDomain'>

/**
 * What the catalog reads of a service: the server's whole Service fits, and so does the browser's compact index
 * entry. `manifest` is the provider's manifest as a card shows it: on the cards of a page and in the browser's index,
 * absent where nobody checked manifests (a custom RPC read by the browser).
 */
export type CatalogService = Pick<Service, 'provider' | 'name' | 'url' | 'permissions'> & { party: CatalogParty | null; manifest?: ManifestSummary }

/**
 * The manifests a catalog filters on: each service's summary, and the epoch that names the whole set (it changes
 * whenever one summary does, so a filtered list kept under one epoch is never served under another).
 */
export type CatalogManifests = { epoch: number; summaryOf: (service: CatalogService) => ManifestSummary }

/** The summaries a service already carries (the browser's index): fixed for the index's life, so one epoch. */
export const CARRIED_MANIFESTS: CatalogManifests = { epoch: 0, summaryOf: (service) => service.manifest ?? PENDING_SUMMARY }

/** The catalog's search, filters and sort: everything lives in the URL so a view can be shared. */
export type CatalogQuery = {
  q: string
  modules: ModuleKey[]
  direction: Exclude<Direction, 'both'> | null
  personal: 'yes' | 'no' | null
  roles: number[]
  countries: string[]
  /** From the provider's manifest: a service with any of these categories. */
  categories: Category[]
  /** From the provider's manifest: a service with any of these pricing models. */
  pricing: PricingModel[]
  sort: SortKey
  /** 1-based; the page the whole filtered, sorted catalog is cut to. */
  page: number
}

export const EMPTY_QUERY: CatalogQuery = { q: '', modules: [], direction: null, personal: null, roles: [], countries: [], categories: [], pricing: [], sort: 'name', page: 1 }

/** Cards per page: enough to scan, few enough that a page stays a few dozen KB at any catalog size. */
export const CATALOG_PAGE_SIZE = 24

const MODULE_KEYS = MODULES.map((m) => m.key) as readonly string[]
const ROLE_KEYS = ROLES.map((r) => r.key) as readonly string[]

function knownValues<T extends string>(values: string[], known: readonly T[]): T[] {
  return [...new Set(values.filter((v): v is T => (known as readonly string[]).includes(v)))]
}

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
    categories: knownValues(listParam(params, 'category'), CATEGORIES),
    pricing: knownValues(listParam(params, 'pricing'), PRICING_MODELS),
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
  if (query.categories.length) params.set('category', query.categories.join(','))
  if (query.pricing.length) params.set('pricing', query.pricing.join(','))
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

/** Whether the query filters on what providers' manifests say (and so its results change with the manifests). */
export function filtersManifests(query: CatalogQuery): boolean {
  return query.categories.length > 0 || query.pricing.length > 0
}

/**
 * Only a manifest whose content is trusted (verified, unverified) has categories and pricing to match: a pending,
 * missing or changed one never matches a manifest filter.
 */
function matchesManifest(summary: ManifestSummary, query: CatalogQuery): boolean {
  if (!filtersManifests(query)) return true
  if (!contentTrusted(summary.state)) return false
  if (query.categories.length && !summary.categories.some((c) => query.categories.includes(c))) return false
  if (query.pricing.length && !(summary.pricing && query.pricing.includes(summary.pricing))) return false
  return true
}

/** FORWARD_ALL* permissions cover every module, so they match any module filter. */
function matchesChainFields(service: CatalogService, query: CatalogQuery): boolean {
  if (!matchesText(service, query.q)) return false
  const permissions = knownPermissions(service.permissions)
  if (query.modules.length && !permissions.some((p) => p.scope === 'all' || query.modules.includes(p.scope))) return false
  if (query.direction && !permissions.some((p) => p.direction === 'both' || p.direction === query.direction)) return false
  if (query.personal && permissions.some((p) => p.personalData) !== (query.personal === 'yes')) return false
  if (query.roles.length && !service.party?.roles.some((r) => query.roles.includes(r))) return false
  if (query.countries.length && !(service.party && query.countries.includes(service.party.countryCode))) return false
  return true
}

export function matchesCatalogQuery(service: CatalogService, query: CatalogQuery, manifests: CatalogManifests = CARRIED_MANIFESTS): boolean {
  return matchesChainFields(service, query) && matchesManifest(manifests.summaryOf(service), query)
}

/**
 * The services of `sorted` the query matches, in its order, and how many more might match once their manifests
 * are checked: those matching every other filter whose manifest is still pending (0 without a manifest filter).
 */
export function filterCatalog<S extends CatalogService>(sorted: readonly S[], query: CatalogQuery, manifests: CatalogManifests = CARRIED_MANIFESTS): { matched: S[]; pending: number } {
  const matched: S[] = []
  let pending = 0
  const manifestFiltered = filtersManifests(query)
  for (const service of sorted) {
    if (!matchesChainFields(service, query)) continue
    // Without a manifest filter, no summary is looked up: only the page's cards need theirs.
    const summary = manifestFiltered ? manifests.summaryOf(service) : null
    if (!summary || matchesManifest(summary, query)) matched.push(service)
    else if (summary.state === 'pending') pending++
  }
  return { matched, pending }
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

export function applyCatalogQuery<S extends CatalogService>(services: readonly S[], query: CatalogQuery, manifests: CatalogManifests = CARRIED_MANIFESTS): S[] {
  return services.filter((s) => matchesCatalogQuery(s, query, manifests)).sort(COMPARE[query.sort])
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

/**
 * What a catalog view needs: one page of the whole catalog filtered and sorted, its totals and its filter choices.
 * `manifests` is null where nobody checks providers' manifests (a custom RPC read by the browser); else `pending`
 * counts the services a manifest filter left out only because their manifest is still being checked.
 */
export type CatalogPage<S extends CatalogService = Service> = Page<S> & { total: number; facets: CatalogFacets; manifests: { pending: number } | null }

/** Where nobody checked manifests, a manifest filter in a hand-edited or shared URL would hide everything, unexplained. */
export function withoutManifestFilters(query: CatalogQuery): CatalogQuery {
  return filtersManifests(query) ? { ...query, categories: [], pricing: [] } : query
}

/** The page's cards with their manifest summaries: only the few shown carry one, never the whole catalog. */
export function withSummaries<S extends CatalogService>(items: readonly S[], manifests: CatalogManifests): S[] {
  return items.map((service) => ({ ...service, manifest: manifests.summaryOf(service) }))
}

/**
 * The catalog as one page shows it. The server runs this over everything it read and sends only the result, so
 * a page's size does not grow with the network; the browser runs the same function when it read a custom RPC
 * (without manifests: `manifests` null).
 */
export function catalogPage<S extends CatalogService>(services: readonly S[], query: CatalogQuery, size = CATALOG_PAGE_SIZE, manifests: CatalogManifests | null = null): CatalogPage<S> {
  const asked = manifests ? query : withoutManifestFilters(query)
  const { matched, pending } = filterCatalog(sortCatalog(services, query.sort), asked, manifests ?? CARRIED_MANIFESTS)
  const page = pageOf(matched, query.page, size)
  return {
    ...page,
    items: manifests ? withSummaries(page.items, manifests) : page.items,
    total: services.length,
    facets: catalogFacets(services),
    manifests: manifests ? { pending } : null,
  }
}

/** The lookalike flags of the services a page shows, out of the report over the whole catalog. */
export function flagsFor(report: LookalikeReport, items: readonly CatalogService[]): LookalikeReport {
  return Object.fromEntries(items.flatMap((s) => (report[s.provider] ? [[s.provider, report[s.provider]]] : [])))
}
