import type { Address } from 'viem'
import { describe, expect, it } from 'vitest'
import type { Party } from '../ocn/reads'
import { applyRegistryQuery, parseRegistryQuery, serializeRegistryQuery } from './query'

function party(countryCode: string, partyId: string, roles: number[], nodeDomain = 'http://localhost:8080'): Party {
  const address = `0x${(countryCode + partyId).split('').map((c) => c.charCodeAt(0).toString(16)).join('').padStart(40, '0')}` as Address
  return { address, countryCode, partyId, roles, modulesSender: [], modulesReceiver: [], operator: address, nodeDomain }
}

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
    const query = parseRegistryQuery(new URLSearchParams('q=x&role=HUB,bogus&country=DE'))
    expect(query).toEqual({ q: 'x', roles: [2], countries: ['DE'] })
    expect(parseRegistryQuery(new URLSearchParams(serializeRegistryQuery(query)))).toEqual(query)
  })
})
