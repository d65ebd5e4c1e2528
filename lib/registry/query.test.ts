import { enT } from '../i18n/testing'
import type { Address } from 'viem'
import { describe, expect, it } from 'vitest'
import type { Party } from '../ocn/reads'
import { ROLE, ROLES } from '../ocn/catalog'
import { applyRegistryQuery, PARTY_PAGE_SIZE, parseRegistryQuery, registryFilters, registryTables, serializeRegistryQuery, withRegistryFilter } from './query'

function party(countryCode: string, partyId: string, roles: number[], nodeDomain = 'http://localhost:8080'): Party {
  const address = `0x${(countryCode + partyId).split('').map((c) => c.charCodeAt(0).toString(16)).join('').padStart(40, '0')}` as Address
  return { address, countryCode, partyId, roles, modulesSender: [], modulesReceiver: [], operator: address, nodeDomain }
}

const NODE_A = '0x000000000000000000000000000000000000000a' as Address
const NODE_B = '0x000000000000000000000000000000000000000b' as Address
const PARTIES = [party('DE', 'MSP', [ROLE.EMSP]), party('CH', 'CPA', [ROLE.CPO]), party('NL', 'CPX', [ROLE.CPO], 'http://localhost:8081'), party('FR', 'MSP', [ROLE.EMSP, ROLE.CPO])]
const run = (search: string) => applyRegistryQuery(PARTIES, parseRegistryQuery(new URLSearchParams(search))).map((p) => `${p.countryCode}*${p.partyId}`)

describe('registry query', () => {
  it('lists parties by credentials', () => {
    expect(run('')).toEqual(['CH*CPA', 'DE*MSP', 'FR*MSP', 'NL*CPX'])
  })

  it('filters by role, country and search, together', () => {
    expect(run('role=EMSP')).toEqual(['DE*MSP', 'FR*MSP'])
    expect(run('role=cpo&country=fr')).toEqual(['FR*MSP'])
    expect(run('q=msp')).toEqual(['DE*MSP', 'FR*MSP'])
    expect(run('q=8081')).toEqual(['NL*CPX'])
    expect(run('q=de msp')).toEqual(['DE*MSP'])
  })

  it('round-trips through the URL', () => {
    const query = parseRegistryQuery(new URLSearchParams('q=x&role=HUB,bogus&country=DE&page=2&nodepage=junk'))
    expect(query).toEqual({ q: 'x', roles: [ROLE.HUB], countries: ['DE'], page: 2, nodePage: 1 })
    expect(parseRegistryQuery(new URLSearchParams(serializeRegistryQuery(query)))).toEqual(query)
  })
})

describe('registry tables', () => {
  const many = Array.from({ length: 120 }, (_, i) => ({ ...party('ZZ', i.toString(36).toUpperCase().padStart(3, '0'), [i % 2]), operator: NODE_A }))
  const data = {
    parties: [...PARTIES, ...many],
    nodes: [
      { operator: NODE_A, domain: 'http://localhost:8080' },
      { operator: NODE_B, domain: 'HTTP://LOCALHOST:8080/' },
    ],
    providers: [many[3].address],
    owner: NODE_B,
  }

  it('pages the filtered parties and keeps the totals of the whole Registry', () => {
    const tables = registryTables(data, parseRegistryQuery(new URLSearchParams('country=ZZ&page=3')))
    expect(tables.totalParties).toBe(124)
    expect(tables.parties).toMatchObject({ page: 3, pages: 3, matched: 120, start: 2 * PARTY_PAGE_SIZE })
    expect(tables.parties.items).toHaveLength(120 - 2 * PARTY_PAGE_SIZE)
    expect(tables.countries).toEqual(['CH', 'DE', 'FR', 'NL', 'ZZ'])
    expect(tables.owner).toBe(NODE_B)
  })

  it('marks providers, and counts each node over every party, not the page', () => {
    const tables = registryTables(data, parseRegistryQuery(new URLSearchParams('q=zz*003')))
    expect(tables.parties.items.map((p) => [p.partyId, p.offersService])).toEqual([['003', true]])
    expect(tables.nodes.items.map((n) => [n.operator, n.parties, n.twins.map((t) => t.operator)])).toEqual([
      [NODE_A, 120, [NODE_B]],
      [NODE_B, 0, [NODE_A]],
    ])
  })
})

describe('registry filters', () => {
  const query = (search: string) => parseRegistryQuery(new URLSearchParams(search))

  it('offers every role by its label and the countries listed, and shows the one chosen', () => {
    const filters = registryFilters(query('role=emsp&country=FR'), ['CH', 'DE', 'FR'], enT)
    expect(filters.roles).toHaveLength(ROLES.length)
    expect(filters.roles[ROLE.EMSP]).toEqual({ value: String(ROLE.EMSP), label: 'e-Mobility service provider' })
    expect(filters.role).toBe(String(ROLE.EMSP))
    expect(filters.countries.map((c) => c.value)).toEqual(['CH', 'DE', 'FR'])
    expect(filters.country).toBe('FR')
  })

  it('shows "all" for none chosen, and for several (a shared URL) that one select cannot show', () => {
    expect(registryFilters(query(''), [], enT)).toMatchObject({ role: '', country: '' })
    expect(registryFilters(query('role=CPO,EMSP&country=DE,FR'), ['DE', 'FR'], enT)).toMatchObject({ role: '', country: '' })
  })

  it('turns a select change into the query, "" meaning every value', () => {
    const start = query('role=CPO,EMSP&country=DE&q=msp')
    expect(withRegistryFilter(start, 'role', String(ROLE.HUB))).toMatchObject({ roles: [ROLE.HUB], countries: ['DE'], q: 'msp' })
    expect(withRegistryFilter(start, 'role', '')).toMatchObject({ roles: [] })
    expect(withRegistryFilter(start, 'country', 'FR')).toMatchObject({ countries: ['FR'], roles: [ROLE.CPO, ROLE.EMSP] })
    expect(serializeRegistryQuery(withRegistryFilter(start, 'country', ''))).toBe('q=msp&role=CPO%2CEMSP')
  })
})
