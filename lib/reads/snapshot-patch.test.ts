import type { Address, Hex } from 'viem'
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest'
import { LOCAL_PERMISSIONS, LOCAL_REGISTRY } from '../chain/networks'
import { anvilAddress } from '../devnet/accounts'
import { seedBulkServices } from '../devnet/bulk'
import { anvilChain, type Send, sendFrom, sendUnmined } from '../devnet/test-anvil'
import { countingFetch, testReadContext } from '../devnet/test-context'
import { encodeWrite, type OcnWriteRequest, permissionsWrite, registryWrite } from '../ocn/calls'
import { encodeCountryCode, encodePartyId } from '../ocn/codecs'
import { catalogView, partyPageView, registryView, servicePageView, summaryView } from '../ocn/pieces'
import { type Snapshot, SnapshotCache } from './snapshot-cache'
import { DEMO_ACCOUNT } from '../devnet/demo-network'
import { forwardInputsView } from '../forwarding/server'
import { MODULE, PERMISSION, ROLE } from '../ocn/catalog'

/**
 * The invariant of the patched snapshot: after any mix of writes, every view of a cache that patched its pieces
 * from the events equals that of a fresh cache reading the whole network at the same head, and the patch costs
 * one round after the head check.
 */

const TTL = 5_000
const OWNER = anvilAddress(DEMO_ACCOUNT.DEPLOYER)
const NEW_OPERATOR = anvilAddress(16)
const NEWCOMER = anvilAddress(17)
const CH_CPB = anvilAddress(DEMO_ACCOUNT.CH_CPB)
const DE_CPO = anvilAddress(DEMO_ACCOUNT.DE_CPO)
const NL_CPX = anvilAddress(DEMO_ACCOUNT.NL_CPX)
const DE_MSP = anvilAddress(DEMO_ACCOUNT.DE_MSP)
const FR_MSP = anvilAddress(DEMO_ACCOUNT.FR_MSP)
const BILLING = anvilAddress(DEMO_ACCOUNT.DE_BIL)
const PAYMENT = anvilAddress(DEMO_ACCOUNT.CH_PAY)
const LOCATIONS = anvilAddress(DEMO_ACCOUNT.NL_LOC)
const SMART_CHARGING = anvilAddress(DEMO_ACCOUNT.GB_SCS)
const TARIFFS = anvilAddress(DEMO_ACCOUNT.DE_TRF)
const CO2 = anvilAddress(DEMO_ACCOUNT.AT_CO2)
const DE_HUB = anvilAddress(DEMO_ACCOUNT.DE_HUB)

const LOCAL = { registry: LOCAL_REGISTRY, permissions: LOCAL_PERMISSIONS }
const by = (from: Address, request: OcnWriteRequest): Send => ({ from, to: request.address, data: encodeWrite(request) })

const setNode = (operator: Address, domain: string) => by(operator, registryWrite(LOCAL, 'setNode', [domain]))
const deleteNode = (operator: Address) => by(operator, registryWrite(LOCAL, 'deleteNode', []))
const setParty = (party: Address, countryCode: string, partyId: string, roles: number[], operator: Address) =>
  by(party, registryWrite(LOCAL, 'setParty', [encodeCountryCode(countryCode), encodePartyId(partyId), roles, operator]))
const setModules = (party: Address, sender: number[], receiver: number[]) => by(party, registryWrite(LOCAL, 'setPartyModules', [sender, receiver]))
const deleteParty = (party: Address) => by(party, registryWrite(LOCAL, 'deleteParty', []))
const setService = (provider: Address, name: string, permissionList: bigint[]) =>
  by(provider, permissionsWrite(LOCAL, 'setService', [name, `https://${name.toLowerCase().replaceAll(' ', '-')}.example`, permissionList]))
const deleteService = (provider: Address) => by(provider, permissionsWrite(LOCAL, 'deleteService', []))
const agree = (user: Address, provider: Address) => by(user, permissionsWrite(LOCAL, 'createAgreement', [provider]))
const revoke = (user: Address, provider: Address) => by(user, permissionsWrite(LOCAL, 'revokeAgreement', [provider]))

/** Each write in its own block, in order (automine), every one required to succeed. */
async function send(writes: readonly Send[]): Promise<void> {
  for (const write of writes) await sendFrom(write)
}

/** All writes in one block, in the order sent: several events of one block, read back in log order. */
async function sendInOneBlock(writes: readonly Send[]): Promise<void> {
  await anvilChain().setAutomine(false)
  try {
    const hashes: Hex[] = []
    for (const write of writes) hashes.push(await sendUnmined(write))
    await anvilChain().mine({ blocks: 1 })
    const receipts = await Promise.all(hashes.map((hash) => anvilChain().waitForTransactionReceipt({ hash })))
    expect(receipts.map((r) => r.status)).toEqual(writes.map(() => 'success'))
    expect(new Set(receipts.map((r) => r.blockNumber)).size).toBe(1)
  } finally {
    await anvilChain().setAutomine(true)
  }
}

const EVERYONE = Array.from({ length: 20 }, (_, i) => anvilAddress(i))

/** Every page of the app at once, for every address that is or was anything on chain, and a few credentials. */
async function everyView(s: Snapshot) {
  const registryRead = registryView(s)
  const [catalog, registry, summary, services, parties, forwarding] = await Promise.all([
    catalogView(s),
    registryRead,
    summaryView(s),
    Promise.all(EVERYONE.map((a) => servicePageView(s, a))),
    Promise.all([...EVERYONE, 'CH-CPB', 'XX-NEW', 'GB*SCS', 'CH-CPA'].map((id) => partyPageView(s, id))),
    // Every live party's forwarding preview inputs (lib/forwarding/server.ts): its agreement-lists piece patches too.
    forwardInputsView(s, registryRead.then((registry) => registry.parties)),
  ])
  return { catalog, registry, summary, services, parties, forwarding }
}

function countedCache(patchMaxLogs?: number) {
  const counter = countingFetch()
  let time = 0
  const cache = new SnapshotCache(testReadContext({ fetchFn: counter.fetchFn }), { ttlMs: TTL, now: () => time, patchMaxLogs })
  return { cache, requests: counter.count, methods: counter.methods, advance: () => (time += TTL) }
}

/** The views after the TTL, what they cost, and those of a cache that has never seen the chain before. */
async function viewsAfterTtl(patched: ReturnType<typeof countedCache>) {
  patched.advance()
  const before = patched.requests()
  const snapshot = await patched.cache.snapshot()
  const views = await everyView(snapshot)
  const requests = patched.requests() - before
  const fresh = await new SnapshotCache(testReadContext(), { ttlMs: TTL }).snapshot()
  expect((await snapshot.head).hash).toBe((await fresh.head).hash)
  return { views, requests, fresh: await everyView(fresh) }
}

describe('a snapshot patched from contract events', () => {
  let id: Hex
  // Other test files share this chain and expect the pristine demo seed.
  beforeEach(async () => {
    id = await anvilChain().snapshot()
  })
  afterEach(async () => {
    await anvilChain().revert({ id })
  })

  it('equals a whole read at the same head after every kind of write, for one round after the head check', async () => {
    const patched = countedCache()
    const start = await everyView(await patched.cache.snapshot())
    const rounds: { name: string; writes: () => Promise<void> }[] = [
      {
        name: 'a new node, a new party on it with modules and a service, and an agreement to it',
        writes: () =>
          send([
            setNode(NEW_OPERATOR, 'http://localhost:8090'),
            setParty(NEWCOMER, 'XX', 'NEW', [ROLE.OTHER], NEW_OPERATOR),
            setModules(NEWCOMER, [MODULE.cdrs], [MODULE.locations]),
            setService(NEWCOMER, 'Newcomer Billing', [PERMISSION.FORWARD_MODULE_CDRS_RECEIVER]),
            agree(DE_MSP, NEWCOMER),
          ]),
      },
      {
        name: 'a party moves node, a service renamed, a withdrawn one listed again, create and revoke in one range',
        writes: () =>
          send([
            setParty(CH_CPB, 'CH', 'CPB', [ROLE.CPO, ROLE.EMSP], anvilAddress(DEMO_ACCOUNT.NODE_2)),
            setService(BILLING, 'Billing renamed', [PERMISSION.FORWARD_MODULE_CDRS_SENDER, PERMISSION.FORWARD_MODULE_CDRS_RECEIVER]),
            setService(CO2, 'CO2 Reporting again', [PERMISSION.FORWARD_MODULE_CDRS_RECEIVER]),
            agree(FR_MSP, LOCATIONS),
            revoke(FR_MSP, LOCATIONS),
            agree(NL_CPX, BILLING),
          ]),
      },
      {
        name: "a node deleted, a service withdrawn, a provider's listing deleted, a revocation, the owner deletes a party",
        writes: () =>
          send([
            deleteNode(anvilAddress(DEMO_ACCOUNT.NODE_1)),
            deleteService(PAYMENT),
            deleteParty(SMART_CHARGING),
            revoke(DE_MSP, TARIFFS),
            by(OWNER, registryWrite(LOCAL, 'adminDeleteParty', [encodeCountryCode('CH'), encodePartyId('CPA')])),
          ]),
      },
      {
        name: 'a deleted node, party and agreement come back in place; the owner deletes a node and hands over',
        writes: () =>
          send([
            setNode(anvilAddress(DEMO_ACCOUNT.NODE_1), 'http://localhost:9090'),
            setParty(SMART_CHARGING, 'GB', 'SCS', [ROLE.SCSP], anvilAddress(DEMO_ACCOUNT.NODE_1)),
            agree(DE_MSP, TARIFFS),
            by(OWNER, registryWrite(LOCAL, 'adminDeleteOperator', [NEW_OPERATOR])),
            by(OWNER, registryWrite(LOCAL, 'transferOwnership', [anvilAddress(DEMO_ACCOUNT.NODE_1)])),
          ]),
      },
      {
        name: 'several events in one block',
        writes: () =>
          sendInOneBlock([
            setService(DE_HUB, 'Hub Insights', [PERMISSION.FORWARD_ALL]),
            revoke(DE_CPO, SMART_CHARGING),
            deleteService(TARIFFS),
            setModules(LOCATIONS, [], []),
            agree(CH_CPB, CO2),
            deleteNode(anvilAddress(DEMO_ACCOUNT.NODE_2)),
          ]),
      },
    ]
    let last = start
    for (const round of rounds) {
      await round.writes()
      const { views, requests, fresh } = await viewsAfterTtl(patched)
      expect(views, round.name).toEqual(fresh)
      expect(views, round.name).not.toEqual(last)
      expect(requests, round.name).toBe(2)
      last = views
    }
  })

  it('costs a cold page two requests after one event, whatever the page, and the other pages none', async () => {
    const pages = {
      catalog: catalogView,
      registry: registryView,
      overview: summaryView,
      service: (s: Snapshot) => servicePageView(s, BILLING),
      party: (s: Snapshot) => partyPageView(s, 'DE-MSP'),
    }
    for (const [name, page] of Object.entries(pages)) {
      const patched = countedCache()
      await everyView(await patched.cache.snapshot())
      // As the benchmark's cold view: a provider re-sends its modules, which its service shows.
      await send([setModules(BILLING, [MODULE.cdrs, MODULE.locations], [MODULE.cdrs, MODULE.locations])])
      patched.advance()
      const before = patched.requests()
      const methods = patched.methods().length
      const snapshot = await patched.cache.snapshot()
      await page(snapshot)
      expect(patched.requests() - before, name).toBe(2)
      expect(patched.methods().slice(methods, methods + 3), name).toEqual(['eth_getBlockByNumber', 'eth_getLogs', 'eth_getBlockByNumber'])
      expect((await catalogView(snapshot)).services.find((s) => s.provider === BILLING)?.party?.modulesSender, name).toEqual([0, 3])
      await everyView(snapshot)
      expect(patched.requests() - before, name).toBe(2)
      await anvilChain().revert({ id })
      id = await anvilChain().snapshot()
    }
  })

  it('patches a node change under 300 parties and services in one round too', async () => {
    const bulk = await seedBulkServices(inject('chainUrl'), 295)
    const patched = countedCache()
    await everyView(await patched.cache.snapshot())
    // The bulk parties' node: every one of them, and its service, shows the new domain.
    await send([deleteNode(anvilAddress(DEMO_ACCOUNT.NODE_1)), setNode(anvilAddress(DEMO_ACCOUNT.NODE_1), 'http://localhost:9191'), setModules(bulk[100], [MODULE.commands], [2])])
    const { views, requests, fresh } = await viewsAfterTtl(patched)
    expect(views).toEqual(fresh)
    expect(views.catalog.services.filter((s) => s.party?.nodeDomain === 'http://localhost:9191').length).toBeGreaterThan(295)
    expect(requests).toBe(2)
  }, 120_000)

  it('keeps the pieces no view read unread, and reads them whole when asked', async () => {
    const patched = countedCache()
    await catalogView(await patched.cache.snapshot())
    await send([setParty(CH_CPB, 'CH', 'CPB', [ROLE.CPO], anvilAddress(DEMO_ACCOUNT.NODE_2)), agree(CH_CPB, SMART_CHARGING)])
    const { views, fresh } = await viewsAfterTtl(patched)
    expect(views).toEqual(fresh)
  })

  it('describes the head it checked, not a block mined while it patched', async () => {
    // Once armed, the chain gets another write right after it answered the head check, before the patch reads.
    let armed: Send | null = null
    const writeAfterCheck: typeof fetch = async (input, init) => {
      const response = await fetch(input, init)
      const write = armed
      if (write && typeof init?.body === 'string' && init.body.includes('"eth_getLogs"')) {
        armed = null
        await send([write])
      }
      return response
    }
    const counter = countingFetch(writeAfterCheck)
    let time = 0
    const cache = new SnapshotCache(testReadContext({ fetchFn: counter.fetchFn }), { ttlMs: TTL, now: () => time })
    const billingName = async () => (await servicePageView(await cache.snapshot(), BILLING))?.service.name
    expect(await billingName()).toBe('Roaming Billing & Invoicing')

    await send([setService(BILLING, 'Billing at the checked head', [PERMISSION.FORWARD_MODULE_CDRS_RECEIVER])])
    armed = setService(BILLING, 'Billing one block later', [PERMISSION.FORWARD_MODULE_CDRS_RECEIVER])
    time += TTL
    const checked = await cache.snapshot()
    expect((await servicePageView(checked, BILLING))?.service.name).toBe('Billing at the checked head')
    expect(armed).toBeNull()
    // The later block is the next check's.
    time += TTL
    expect(await billingName()).toBe('Billing one block later')
    expect((await cache.snapshot()).head).not.toBe(checked.head)
  })

  it('reads the whole network again when the logs exceed the bound', async () => {
    const patched = countedCache(2)
    await everyView(await patched.cache.snapshot())
    await send([setService(BILLING, 'Billing one', [PERMISSION.FORWARD_MODULE_CDRS_RECEIVER]), setService(BILLING, 'Billing two', [PERMISSION.FORWARD_MODULE_CDRS_RECEIVER])])
    const within = await viewsAfterTtl(patched)
    expect(within.views).toEqual(within.fresh)
    expect(within.requests).toBe(2)

    await send([setService(BILLING, 'Billing three', [PERMISSION.FORWARD_MODULE_CDRS_RECEIVER]), agree(FR_MSP, BILLING), setModules(DE_HUB, [MODULE.chargingprofiles], [MODULE.chargingprofiles])])
    const beyond = await viewsAfterTtl(patched)
    expect(beyond.views).toEqual(beyond.fresh)
    // The head check, then every page's whole read: the three rounds of the agreement graph.
    expect(beyond.requests).toBe(4)
  })
})
