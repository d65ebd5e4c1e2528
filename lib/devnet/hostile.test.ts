import { createTestClient, type Hex, http, publicActions } from 'viem'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { LOCAL_PERMISSIONS } from '../chain/networks'
import { permissionsAbi } from '../ocn/abi'
import { CALLS_PER_DEPLOYLESS_MULTICALL } from '../ocn/batch'
import { readNodes, readParties, readServices, readSummary } from '../ocn/reads'
import {
  HOSTILE_AGREEMENTS,
  HOSTILE_NODE_DOMAIN,
  HOSTILE_OWN_NODE_DOMAIN,
  HOSTILE_PROVIDERS,
  type HostileProviderKey,
  type HostileSummary,
} from './hostile'
import { seedHostileData } from './hostile-seed'
import { countingFetch, testReadContext } from './test-context'

const chain = () => createTestClient({ mode: 'anvil', transport: http(inject('chainUrl')) }).extend(publicActions)

let summary: HostileSummary
let snapshot: Hex

// Other test files share the chain and expect the pristine demo seed.
beforeAll(async () => {
  snapshot = await chain().snapshot()
  summary = await seedHostileData(inject('chainUrl'))
})

afterAll(async () => {
  await chain().revert({ id: snapshot })
})

const lastService = (key: HostileProviderKey) => HOSTILE_PROVIDERS[key].services.at(-1)!

describe('the hostile records', () => {
  it('are as hostile as advertised', () => {
    const { name, url } = lastService('longText')
    expect(name).toHaveLength(10_000)
    expect(url).toHaveLength(3_000)
    expect(lastService('bidiSpoof').name).toMatch(/\u202E.*\u200B.*\u200D.*\uFEFF/)
    expect(lastService('hugeName').name.length).toBeGreaterThanOrEqual(30_000)
    expect(lastService('hugeName').name).not.toMatch(/\s/)
    expect(lastService('hugeUrl').url.length).toBeGreaterThanOrEqual(30_000)
    expect(HOSTILE_OWN_NODE_DOMAIN.length).toBe(30_000)
    expect(lastService('lineBreaks').name).toMatch(/\r\n.*\r.*\n.*\u2028.*\u2029/s)
    expect(lastService('manyPermissions').permissions.length).toBe(300)
    expect(lastService('controlCharacters').name).toMatch(/\p{Cc}.*\p{Cf}.*\u{E0041}/u)
    expect(lastService('invalidUtf8').name).toContain('\uFFFD')
    expect(lastService('blankName').name.trim()).toBe('')
  })

  it('imitate the demo services and parties', () => {
    const { lookalikeName, reusedName, confusableCase } = HOSTILE_PROVIDERS
    // Cyrillic letters, so not equal to the demo's name, yet the same once they are read as Latin.
    expect(lookalikeName.services[0].name).not.toBe('Smart Payment')
    expect(lookalikeName.services[0].name.replace(/\u0430/g, 'a').replace(/\u0435/g, 'e')).toBe('Smart Payment')
    expect(new URL(lookalikeName.services[0].url).hostname).toBe(new URL(reusedName.services[0].url).hostname)
    expect(reusedName.services[0].name).toBe('Roaming Billing & Invoicing')
    expect([reusedName, confusableCase, lookalikeName].map((r) => `${r.countryCode}*${r.partyId}`)).toEqual(['de*msp', 'Nl*CPX', 'DE*M5P'])
    expect(new URL(lastService('userinfoUrl').url)).toMatchObject({ username: 'smart-payment.example', password: 'secret' })
  })

  it('cannot be applied twice', async () => {
    await expect(seedHostileData(inject('chainUrl'))).rejects.toThrow('already holds the hostile records')
  })

  it('leave the duplicated provider twice in getProviders()', async () => {
    const providers = await chain().readContract({ address: LOCAL_PERMISSIONS, abi: permissionsAbi, functionName: 'getProviders' })
    expect(providers.filter((p) => p === summary.providers.duplicate)).toHaveLength(2)
  })
})

describe.each([
  ['with Multicall3', true],
  ['deployless (no Multicall3)', false],
])('reads of hostile data, %s', (_, multicall3) => {
  const ctx = () => testReadContext({ multicall3 })
  const serviceOf = async (key: HostileProviderKey) => {
    const services = await readServices(ctx())
    return services.find((s) => s.provider === summary.providers[key])
  }

  it('returns every hostile name and URL byte for byte', async () => {
    const services = await readServices(ctx())
    for (const key of Object.keys(HOSTILE_PROVIDERS) as HostileProviderKey[]) {
      const service = services.find((s) => s.provider === summary.providers[key])
      expect({ name: service?.name, url: service?.url }, key).toEqual({ name: lastService(key).name, url: lastService(key).url })
    }
  })

  it('returns unknown permission values as they are, next to known ones', async () => {
    expect((await serviceOf('unknownPermissions'))?.permissions).toEqual([17n, 2n ** 256n - 1n, 8n])
  })

  it('lists a provider that published, withdrew and published again once, with its second service', async () => {
    const services = await readServices(ctx())
    const listed = services.filter((s) => s.provider === summary.providers.duplicate)
    expect(listed.map((s) => [s.name, s.permissions])).toEqual([['Session Insights', [5n, 6n]]])
  })

  it('keeps a service whose party was deleted live, without a party', async () => {
    expect(await serviceOf('deletedParty')).toMatchObject({ name: 'Orphaned Tariff Feed', party: null })
    expect((await readParties(ctx())).map((p) => p.address)).not.toContain(summary.providers.deletedParty)
  })

  it('lists the javascript: node and the party on it', async () => {
    expect(await readNodes(ctx())).toContainEqual({ operator: summary.nodeOperator, domain: HOSTILE_NODE_DOMAIN })
    expect((await serviceOf('bidiSpoof'))?.party).toMatchObject({ operator: summary.nodeOperator, nodeDomain: HOSTILE_NODE_DOMAIN })
  })

  it('stores a node domain and values tens of thousands of characters long, whole', async () => {
    expect(await readNodes(ctx())).toContainEqual({ operator: summary.providers.manyPermissions, domain: HOSTILE_OWN_NODE_DOMAIN })
    expect((await serviceOf('hugeName'))?.name).toHaveLength(lastService('hugeName').name.length)
    expect((await serviceOf('hugeUrl'))?.url).toHaveLength(lastService('hugeUrl').url.length)
  })

  it('keeps all 300 permission values of one service, duplicates included', async () => {
    expect((await serviceOf('manyPermissions'))?.permissions).toEqual(lastService('manyPermissions').permissions)
  })

  it('reads lookalike credentials as the text they are', async () => {
    const credentials = (await readParties(ctx())).filter((p) => p.countryCode.toLowerCase() === 'de' || p.countryCode === 'Nl')
    expect(credentials.map((p) => `${p.countryCode}*${p.partyId}`)).toEqual(expect.arrayContaining(['DE*MSP', 'de*msp', 'DE*M5P', 'Nl*CPX']))
  })

  it('shows unprintable credentials as hex', async () => {
    const party = (await readParties(ctx())).find((p) => p.address === summary.unprintableParty)
    expect(party).toMatchObject({ countryCode: '0x0a0b', partyId: '0x00ff01' })
  })

  it('still lists the five demo services first', async () => {
    const services = await readServices(ctx())
    expect(services.slice(0, 5).map((s) => s.name)).toEqual([
      'Roaming Billing & Invoicing',
      'Smart Payment',
      'Location Data Enrichment',
      'Grid-Aware Smart Charging',
      'Tariff Transparency Monitor',
    ])
    expect(services).toHaveLength(5 + Object.keys(HOSTILE_PROVIDERS).length)
  })

  it('sums up the network with the hostile records', async () => {
    // Two more nodes; parties: every hostile provider less the deleted one, and the unprintable one.
    const providers = Object.keys(HOSTILE_PROVIDERS).length
    expect(await readSummary(ctx())).toEqual({
      nodes: 4,
      parties: 13 + providers - 1 + 1,
      services: 5 + providers,
      agreements: 8 + HOSTILE_AGREEMENTS.providers.length,
    })
  })
})

describe('request counts', () => {
  it('reads a catalog too large for one deployless multicall in a few halving rounds, not one call per service', async () => {
    const counter = countingFetch()
    await readServices(testReadContext({ multicall3: false, fetchFn: counter.fetchFn }))
    // getProviders(); the round of multicalls, one of which passes the 24,576-byte cap; then one request per
    // halving of that multicall (lib/ocn/batch.ts), each round in one batch.
    const halvings = Math.ceil(Math.log2(CALLS_PER_DEPLOYLESS_MULTICALL))
    expect(counter.count()).toBeGreaterThan(2)
    expect(counter.count()).toBeLessThanOrEqual(2 + halvings)
  })
})
