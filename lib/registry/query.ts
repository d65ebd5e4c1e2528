import type { Address } from 'viem'
import type { Translate } from '../i18n/translate'
import { roleLabel, ROLES } from '../ocn/catalog'
import { formatCredentials } from '../ocn/codecs'
import { spellingTwins } from '../ocn/node-url'
import type { RegistryPageData } from '../ocn/page-reads'
import type { Node, Party } from '../ocn/reads'
import { type Page, pageOf, parsePage } from '../paging/page'
import { listParam, param, type Params } from '../url-params'

/** The parties table's search and filters and the page of each table: all in the URL, so a view can be shared. */
export type RegistryQuery = { q: string; roles: number[]; countries: string[]; page: number; nodePage: number }

export const PARTY_PAGE_SIZE = 50
export const NODE_PAGE_SIZE = 24
/** The nodes table's page: `page` is the parties table's. */
export const NODE_PAGE_PARAM = 'nodepage'

const ROLE_KEYS = ROLES.map((r) => r.key) as readonly string[]

export function parseRegistryQuery(params: Params): RegistryQuery {
  return {
    q: param(params, 'q').slice(0, 200),
    roles: listParam(params, 'role').map((r) => ROLE_KEYS.indexOf(r.toUpperCase())).filter((i) => i >= 0),
    countries: listParam(params, 'country').map((c) => c.toUpperCase()).filter((c) => /^[A-Z]{2}$/.test(c)),
    page: parsePage(params),
    nodePage: parsePage(params, NODE_PAGE_PARAM),
  }
}

export function serializeRegistryQuery(query: RegistryQuery): string {
  const params = new URLSearchParams()
  if (query.q) params.set('q', query.q)
  if (query.roles.length) params.set('role', query.roles.map((r) => ROLES[r].key).join(','))
  if (query.countries.length) params.set('country', query.countries.join(','))
  if (query.page > 1) params.set('page', String(query.page))
  if (query.nodePage > 1) params.set(NODE_PAGE_PARAM, String(query.nodePage))
  return params.toString()
}

export type FilterOption = { value: string; label: string }

/** The Registry's filters as its selects show them: one role or all, one country or all ('' is all). */
export type RegistryFilters = { roles: FilterOption[]; role: string; countries: FilterOption[]; country: string }

// A shared URL may name several roles or countries; one select cannot show that, so it shows "all" until changed.
const single = <T>(values: readonly T[]): string => (values.length === 1 ? String(values[0]) : '')

export function registryFilters(query: RegistryQuery, countries: readonly string[], t: Translate): RegistryFilters {
  return {
    roles: ROLES.map((role, value) => ({ value: String(value), label: roleLabel(value, t) })),
    role: single(query.roles),
    countries: countries.map((country) => ({ value: country, label: country })),
    country: single(query.countries),
  }
}

/** The query after one select changed: a single value, or every value for ''. */
export function withRegistryFilter(query: RegistryQuery, filter: 'role' | 'country', value: string): RegistryQuery {
  return filter === 'role' ? { ...query, roles: value === '' ? [] : [Number(value)] } : { ...query, countries: value ? [value] : [] }
}

function matchesText(party: Party, q: string): boolean {
  const needle = q.trim().toLowerCase()
  if (!needle) return true
  const credentials = formatCredentials(party)
  return [credentials, credentials.replace('*', ' '), credentials.replace('*', ''), party.address, party.nodeDomain].some((field) =>
    field.toLowerCase().includes(needle),
  )
}

const collator = new Intl.Collator('en')

/** Parties sorted by credentials, the way OCPI people read them. */
export function applyRegistryQuery(parties: readonly Party[], query: RegistryQuery): Party[] {
  return parties
    .filter(
      (p) =>
        matchesText(p, query.q) &&
        (!query.roles.length || p.roles.some((r) => query.roles.includes(r))) &&
        (!query.countries.length || query.countries.includes(p.countryCode)),
    )
    .map((party) => ({ party, key: formatCredentials(party) }))
    .sort((a, b) => collator.compare(a.key, b.key))
    .map(({ party }) => party)
}

export type PartyRow = Party & { offersService: boolean }
/** A node with what the whole Registry says about it: how many parties it routes, which nodes spell its URL differently. */
export type NodeRow = Node & { parties: number; twins: Node[] }

/** What the Registry page shows: one page of each table, the totals and the filter choices. */
export type RegistryTables = {
  parties: Page<PartyRow>
  totalParties: number
  nodes: Page<NodeRow>
  countries: string[]
  /** The Registry's owner, shown above the tables. */
  owner: Address
}

/**
 * The Registry as one page shows it. The server runs this over everything it read and sends only the result, so
 * a page's size does not grow with the network; the browser runs the same function when it read a custom RPC.
 */
export function registryTables({ parties, nodes, providers, owner }: RegistryPageData, query: RegistryQuery): RegistryTables {
  const offering = new Set<string>(providers)
  const partyPage = pageOf(applyRegistryQuery(parties, query), query.page, PARTY_PAGE_SIZE)
  const routed = new Map<string, number>()
  for (const party of parties) routed.set(party.operator, (routed.get(party.operator) ?? 0) + 1)
  const nodePage = pageOf(nodes, query.nodePage, NODE_PAGE_SIZE)
  const twins = spellingTwins(nodes)
  return {
    parties: { ...partyPage, items: partyPage.items.map((party) => ({ ...party, offersService: offering.has(party.address) })) },
    totalParties: parties.length,
    nodes: {
      ...nodePage,
      items: nodePage.items.map((node) => ({ ...node, parties: routed.get(node.operator) ?? 0, twins: twins.get(node.operator) ?? [] })),
    },
    countries: [...new Set(parties.map((p) => p.countryCode).filter((c) => /^[A-Z]{2}$/.test(c)))].sort(),
    owner,
  }
}
