import type { Address } from 'viem'
import { describe, expect, it } from 'vitest'
import type { Party } from '../ocn/reads'
import { applyRegistryQuery, PARTY_PAGE_SIZE, parseRegistryQuery, registryTables, serializeRegistryQuery } from './query'

function party(countryCode: string, partyId: string, roles: number[], nodeDomain = 'http://localhost:8080'): Party {
  const address = `0x${(countryCode + partyId).split('').map((c) => c.charCodeAt(0).toString(16)).join('').padStart(40, '0')}` as Address
  return { address, countryCode, partyId, roles, modulesSender: [], modulesReceiver: [], operator: address, nodeDomain }
}

const NODE_A = '0x000000000000000000000000000000000000000a' as Address
const NODE_B = '0x000000000000000000000000000000000000000b' as Address
const PARTIES = [party('DE', 'MSP', [1]), party('CH', 'CPA', [0]), party('NL', 'CPX', [0], 'http://localhost:8081'), party('FR', 'MSP', [1, 0])]
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
    expect(query).toEqual({ q: 'x', roles: [2], countries: ['DE'], page: 2, nodePage: 1 })
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
  }

  it('pages the filtered parties and keeps the totals of the whole Registry', () => {
    const tables = registryTables(data, parseRegistryQuery(new URLSearchParams('country=ZZ&page=3')))
    expect(tables.totalParties).toBe(124)
    expect(tables.parties).toMatchObject({ page: 3, pages: 3, matched: 120, start: 2 * PARTY_PAGE_SIZE })
    expect(tables.parties.items).toHaveLength(120 - 2 * PARTY_PAGE_SIZE)
    expect(tables.countries).toEqual(['CH', 'DE', 'FR', 'NL', 'ZZ'])
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
