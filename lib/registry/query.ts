import { ROLES } from '../ocn/catalog'
import { formatCredentials } from '../ocn/codecs'
import type { Party } from '../ocn/reads'
import { listParam, param, type Params } from '../url-params'

export type RegistryQuery = { q: string; roles: number[]; countries: string[] }

const ROLE_KEYS = ROLES.map((r) => r.key) as readonly string[]

export function parseRegistryQuery(params: Params): RegistryQuery {
  return {
    q: param(params, 'q').slice(0, 200),
    roles: listParam(params, 'role').map((r) => ROLE_KEYS.indexOf(r.toUpperCase())).filter((i) => i >= 0),
    countries: listParam(params, 'country').map((c) => c.toUpperCase()).filter((c) => /^[A-Z]{2}$/.test(c)),
  }
}

export function serializeRegistryQuery(query: RegistryQuery): string {
  const params = new URLSearchParams()
  if (query.q) params.set('q', query.q)
  if (query.roles.length) params.set('role', query.roles.map((r) => ROLES[r].key).join(','))
  if (query.countries.length) params.set('country', query.countries.join(','))
  return params.toString()
}

function matchesText(party: Party, q: string): boolean {
  const needle = q.trim().toLowerCase()
  if (!needle) return true
  const credentials = formatCredentials(party)
  return [credentials, credentials.replace('*', ' '), credentials.replace('*', ''), party.address, party.nodeDomain].some((field) =>
    field.toLowerCase().includes(needle),
  )
}

/** Parties sorted by credentials, the way OCPI people read them. */
export function applyRegistryQuery(parties: readonly Party[], query: RegistryQuery): Party[] {
  return parties
    .filter(
      (p) =>
        matchesText(p, query.q) &&
        (!query.roles.length || p.roles.some((r) => query.roles.includes(r))) &&
        (!query.countries.length || query.countries.includes(p.countryCode)),
    )
    .sort((a, b) => formatCredentials(a).localeCompare(formatCredentials(b)))
}
