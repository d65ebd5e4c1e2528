import { describe, expect, it } from 'vitest'
import { anvilAddress } from '../devnet/accounts'
import { countingFetch, testReadContext } from '../devnet/test-context'
import { readAgreements, readNodes, readParties, readService, readServices, readSummary } from './reads'

const BILLING = anvilAddress(9)
const PAYMENT = anvilAddress(10)
const LOCATIONS = anvilAddress(11)
const SMART_CHARGING = anvilAddress(12)
const CO2_WITHDRAWN = anvilAddress(14)

describe.each([
  ['with Multicall3', true],
  ['deployless (no Multicall3)', false],
])('reads on the seeded chain, %s', (_, multicall3) => {
  const ctx = () => testReadContext({ multicall3 })

  it('lists both live nodes', async () => {
    const nodes = await readNodes(ctx())
    expect(nodes).toEqual([
      { operator: anvilAddress(1), domain: 'http://localhost:8080' },
      { operator: anvilAddress(2), domain: 'http://localhost:8081' },
    ])
  })

  it('lists every live party with its credentials, roles, modules and node', async () => {
    const parties = await readParties(ctx())
    expect(parties.map((p) => `${p.countryCode}*${p.partyId}`)).toEqual([
      'CH*CPA', 'CH*CPB', 'DE*CPO', 'NL*CPX', 'DE*MSP', 'FR*MSP', 'DE*BIL', 'CH*PAY', 'NL*LOC', 'GB*SCS', 'DE*TRF', 'AT*CO2', 'DE*HUB',
    ])
    const msp = parties.find((p) => p.partyId === 'MSP' && p.countryCode === 'DE')
    expect(msp).toEqual({
      address: anvilAddress(7),
      countryCode: 'DE',
      partyId: 'MSP',
      roles: [1],
      modulesSender: [2, 6],
      modulesReceiver: [0, 3, 4, 5],
      operator: anvilAddress(1),
      nodeDomain: 'http://localhost:8080',
    })
  })

  it('lists the five live services with names, URLs, permissions and provider parties, not the withdrawn one', async () => {
    const services = await readServices(ctx())
    expect(services.map((s) => [s.name, s.party?.countryCode, s.party?.partyId, s.permissions])).toEqual([
      ['Roaming Billing & Invoicing', 'DE', 'BIL', [8n]],
      ['Smart Payment', 'CH', 'PAY', [0n]],
      ['Location Data Enrichment', 'NL', 'LOC', [3n, 4n]],
      ['Grid-Aware Smart Charging', 'GB', 'SCS', [5n, 6n, 15n, 16n]],
      ['Tariff Transparency Monitor', 'DE', 'TRF', [9n, 10n]],
    ])
    expect(services.map((s) => s.provider)).not.toContain(CO2_WITHDRAWN)
    // The demo seed points billing at the manifest the app serves, pinned by its hash (lib/devnet/demo-manifests.ts).
    expect(services[0].url).toMatch(/^http:\/\/localhost:3000\/demo\/manifests\/billing\.json#sha256-[A-Za-z0-9+/]{43}=$/)
    expect(services[2].party?.nodeDomain).toBe('http://localhost:8081')
  })

  it('reads one service, and null for a withdrawn one or an address with none', async () => {
    expect((await readService(ctx(), PAYMENT))?.name).toBe('Smart Payment')
    expect(await readService(ctx(), CO2_WITHDRAWN)).toBeNull()
    expect(await readService(ctx(), anvilAddress(19))).toBeNull()
  })

  it("gives a user's active agreements once each, without revoked ones, and flags withdrawn services", async () => {
    const deMsp = await readAgreements(ctx(), anvilAddress(7))
    expect(deMsp.map((a) => a.service?.name)).toEqual([
      'Roaming Billing & Invoicing',
      'Location Data Enrichment',
      'Tariff Transparency Monitor',
    ])
    // NL CPX agreed to smart charging and revoked it.
    expect(await readAgreements(ctx(), anvilAddress(6))).toEqual([])
    // DE CPO agreed, revoked and agreed again: the provider is listed twice on chain, once here.
    const deCpo = await readAgreements(ctx(), anvilAddress(5))
    expect(deCpo.map((a) => a.provider)).toEqual([LOCATIONS, SMART_CHARGING])
    // CH CPA's agreement with the withdrawn CO2 service survives on chain, without a service.
    const chCpa = await readAgreements(ctx(), anvilAddress(3))
    expect(chCpa).toEqual([
      expect.objectContaining({ provider: BILLING }),
      { provider: CO2_WITHDRAWN, service: null },
    ])
  })

  it('sums up the network', async () => {
    expect(await readSummary(ctx())).toEqual({ nodes: 2, parties: 13, services: 5, agreements: 8 })
  })
})

describe('request counts', () => {
  it('reads the whole catalog in two HTTP requests', async () => {
    const counter = countingFetch()
    const services = await readServices(testReadContext({ fetchFn: counter.fetchFn }))
    expect(services).toHaveLength(5)
    expect(counter.count()).toBe(2)
  })

  it('reads the whole catalog in two HTTP requests without Multicall3 too', async () => {
    const counter = countingFetch()
    await readServices(testReadContext({ multicall3: false, fetchFn: counter.fetchFn }))
    expect(counter.count()).toBe(2)
  })

  it('sums up the network in three HTTP requests', async () => {
    const counter = countingFetch()
    await readSummary(testReadContext({ fetchFn: counter.fetchFn }))
    expect(counter.count()).toBe(3)
  })
})

