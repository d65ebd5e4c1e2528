import { type Address, createTestClient, encodeFunctionData, type Hex, http, publicActions } from 'viem'
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest'
import { LOCAL_PERMISSIONS } from '../chain/networks'
import { anvilAddress } from '../devnet/accounts'
import { seedBulkServices } from '../devnet/bulk'
import { countingFetch, testReadContext } from '../devnet/test-context'
import { permissionsAbi } from '../ocn/abi'
import { readPartyPage, readRegistryPage, readServicePage } from '../ocn/page-reads'
import { catalogView, partyPageView, registryView, servicePageView, summaryView } from '../ocn/pieces'
import { readSummary } from '../ocn/reads'
import { type Snapshot, SnapshotCache } from './snapshot-cache'
import { createWriteConfirmations } from './write-confirmation'
import { DEMO_ACCOUNT } from '../devnet/demo-network'

const DE_MSP = anvilAddress(DEMO_ACCOUNT.DE_MSP)
const BILLING = anvilAddress(DEMO_ACCOUNT.DE_BIL)
const SMART_CHARGING = anvilAddress(DEMO_ACCOUNT.GB_SCS)
const PAYMENT = anvilAddress(DEMO_ACCOUNT.CH_PAY)
const BEFORE = ['CH*CPB', 'FR*MSP']
const AFTER = ['CH*CPB', 'DE*MSP', 'FR*MSP']
const LONG_TTL = 60_000

const chain = () => createTestClient({ mode: 'anvil', transport: http(inject('chainUrl')) }).extend(publicActions)

/** A transaction from one of anvil's unlocked accounts, mined at once (automine). */
async function sendAs(from: Address, to: Address, data: Hex = '0x'): Promise<Hex> {
  const hash = await chain().request({ method: 'eth_sendTransaction', params: [{ from, to, data }] } as never) as Hex
  const receipt = await chain().waitForTransactionReceipt({ hash })
  expect(receipt.status).toBe('success')
  return hash
}

const agree = (user: Address, provider: Address) =>
  sendAs(user, LOCAL_PERMISSIONS, encodeFunctionData({ abi: permissionsAbi, functionName: 'createAgreement', args: [provider] }))

/** A cache on the test chain whose HTTP requests are counted, on a clock the test moves. */
function countedCache(ttlMs: number, fetchFn?: typeof fetch, carryOverBlocks?: bigint) {
  const counter = countingFetch(fetchFn)
  const ctx = testReadContext({ fetchFn: counter.fetchFn })
  let time = 0
  const cache = new SnapshotCache(ctx, { ttlMs, now: () => time, carryOverBlocks })
  return {
    cache,
    ctx,
    requests: counter.count,
    methods: counter.methods,
    advance: (ms: number) => (time += ms),
    confirmWrite: createWriteConfirmations(ctx, () => cache.invalidate()),
  }
}

const setServiceName = (provider: Address, name: string) =>
  sendAs(provider, LOCAL_PERMISSIONS, encodeFunctionData({ abi: permissionsAbi, functionName: 'setService', args: [name, 'https://example.org', [8n]] }))

const mine = (blocks: bigint) => chain().mine({ blocks: Number(blocks) })

/** A fetch that forwards to the chain but makes it refuse eth_getLogs, as an RPC without logs would. */
const refusingLogs: typeof fetch = (input, init) =>
  fetch(input, typeof init?.body === 'string' ? { ...init, body: init.body.replaceAll('"eth_getLogs"', '"eth_getLogsRefused"') } : init)

const agreeingTo = async (cache: SnapshotCache, provider: Address) =>
  (await servicePageView(await cache.snapshot(), provider))?.agreeing.map((p) => `${p.countryCode}*${p.partyId}`)

describe('the shared server read cache', () => {
  let snapshot: Hex
  // Other test files share this chain and expect the pristine demo seed.
  beforeEach(async () => {
    snapshot = await chain().snapshot()
  })
  afterEach(async () => {
    await chain().revert({ id: snapshot })
  })

  it('serves a cold catalog in two requests (the head rides with the first round) and a second view in none', async () => {
    const { cache, requests } = countedCache(LONG_TTL)
    expect((await catalogView(await cache.snapshot())).services).toHaveLength(5)
    expect(requests()).toBe(2)
    await catalogView(await cache.snapshot())
    expect(requests()).toBe(2)

    // Once each page has read its pieces, every view of every page is free, whoever asks.
    const everyPage = async () => {
      const s = await cache.snapshot()
      await Promise.all([catalogView(s), servicePageView(s, BILLING), servicePageView(s, SMART_CHARGING), partyPageView(s, 'DE-MSP'), registryView(s), summaryView(s)])
    }
    await everyPage()
    const warm = requests()
    for (let i = 0; i < 5; i++) await everyPage()
    expect(requests()).toBe(warm)
  })

  it('costs the same few requests per cold page at 5 and at 300 services', async () => {
    const coldCosts = async () => {
      const costs: Record<string, number> = {}
      const views = { catalog: catalogView, registry: registryView, overview: summaryView, service: (s: Snapshot) => servicePageView(s, BILLING), party: (s: Snapshot) => partyPageView(s, 'DE-MSP') }
      for (const [name, view] of Object.entries(views)) {
        const { cache, requests } = countedCache(LONG_TTL)
        await view(await cache.snapshot())
        costs[name] = requests()
      }
      return costs
    }
    const pristine = await coldCosts()
    expect(pristine).toEqual({ catalog: 2, registry: 2, overview: 3, service: 3, party: 3 })
    await seedBulkServices(inject('chainUrl'), 295)
    expect(await coldCosts()).toEqual(pristine)
  }, 120_000)

  it('costs 50 concurrent cold visitors what one costs', async () => {
    const one = countedCache(LONG_TTL)
    await servicePageView(await one.cache.snapshot(), BILLING)
    const fifty = countedCache(LONG_TTL)
    const pages = await Promise.all(Array.from({ length: 50 }, async () => servicePageView(await fifty.cache.snapshot(), BILLING)))
    expect(fifty.requests()).toBe(one.requests())
    expect(new Set(pages.map((p) => p?.agreeing.length))).toEqual(new Set([2]))
  })

  it('keeps its snapshot within the TTL and reads afresh on a new head after it', async () => {
    const { cache, requests, advance } = countedCache(5_000)
    expect(await agreeingTo(cache, PAYMENT)).toEqual(BEFORE)
    await agree(DE_MSP, PAYMENT)
    // A write by someone else is not seen within the TTL: that is the cache at work.
    expect(await agreeingTo(cache, PAYMENT)).toEqual(BEFORE)

    advance(5_000)
    const before = requests()
    expect(await agreeingTo(cache, PAYMENT)).toEqual(AFTER)
    expect(requests()).toBeGreaterThan(before + 1)
  })

  it('checks the head first after the TTL: a change then costs one round of patching, an unchanged head nothing more', async () => {
    const { cache, requests, advance } = countedCache(5_000)
    const catalogSize = async () => (await catalogView(await cache.snapshot())).services.length
    const cost = async () => {
      const before = requests()
      const size = await catalogSize()
      return { size, requests: requests() - before }
    }
    const withdraw = (provider: Address) => sendAs(provider, LOCAL_PERMISSIONS, encodeFunctionData({ abi: permissionsAbi, functionName: 'deleteService' }))

    expect(await cost()).toEqual({ size: 5, requests: 2 })
    await withdraw(anvilAddress(DEMO_ACCOUNT.DE_TRF))
    advance(5_000)
    // A new head with an event: the check alone, then one round re-reads what the event touched.
    expect(await cost()).toEqual({ size: 4, requests: 2 })
    await withdraw(anvilAddress(DEMO_ACCOUNT.GB_SCS))
    advance(5_000)
    expect(await cost()).toEqual({ size: 3, requests: 2 })
    advance(5_000)
    // Nothing new since: the check keeps every piece, however recently the contracts changed.
    expect(await cost()).toEqual({ size: 3, requests: 1 })
    expect(await cost()).toEqual({ size: 3, requests: 0 })
  })

  describe('across blocks that touch neither contract', () => {
    /** Every page's pieces read once, then what one head check after the TTL costs and whether it reads any piece. */
    async function warmThenCheck(ttl: ReturnType<typeof countedCache>, between: () => Promise<unknown>) {
      const everyPage = async () => {
        const s = await ttl.cache.snapshot()
        return Promise.all([catalogView(s), servicePageView(s, BILLING), partyPageView(s, 'DE-MSP'), registryView(s), summaryView(s)])
      }
      const before = await everyPage()
      await between()
      ttl.advance(5_000)
      const sent = ttl.methods().length
      const requests = ttl.requests()
      const snapshot = await ttl.cache.snapshot()
      const after = await everyPage()
      return {
        before,
        after,
        head: (await snapshot.head).hash,
        requests: ttl.requests() - requests,
        methods: ttl.methods().slice(sent),
      }
    }
    const HEAD_CHECK = ['eth_getBlockByNumber', 'eth_getLogs', 'eth_getBlockByNumber']

    it('keeps every piece when blocks are mined or ETH moves: one request per TTL, no eth_call', async () => {
      const ttl = countedCache(5_000)
      const mined = await warmThenCheck(ttl, async () => {
        await mine(3n)
        await sendAs(DE_MSP, anvilAddress(DEMO_ACCOUNT.FRESH))
      })
      expect(mined.methods).toEqual(HEAD_CHECK)
      expect(mined.requests).toBe(1)
      expect(mined.after).toEqual(mined.before)
      // Keyed to the new head, so the next check asks from there.
      expect(mined.head).toBe((await chain().getBlock()).hash)

      // Block after block, each check stays one request that reads no piece.
      for (let i = 0; i < 3; i++) {
        const again = await warmThenCheck(ttl, () => mine(1n))
        expect(again.methods).toEqual(HEAD_CHECK)
        expect(again.after).toEqual(mined.before)
      }
      // And a view within the TTL costs nothing at all.
      const sent = ttl.requests()
      await catalogView(await ttl.cache.snapshot())
      expect(ttl.requests()).toBe(sent)
    })

    it('reads again after a contract write, whichever contract and function', async () => {
      const renamed = await warmThenCheck(countedCache(5_000), () => setServiceName(BILLING, 'Billing, renamed'))
      expect(renamed.methods.slice(0, 3)).toEqual(HEAD_CHECK)
      expect(renamed.methods).toContain('eth_call')
      expect(renamed.after[0].services.map((s) => s.name)).toContain('Billing, renamed')
      expect(renamed.after[1]?.service.name).toBe('Billing, renamed')

      const ttl = countedCache(5_000)
      const agreed = await warmThenCheck(ttl, async () => {
        await agree(DE_MSP, PAYMENT)
        // Empty blocks after the write do not hide it: the logs are asked from the head the cache holds.
        await mine(2n)
      })
      expect(agreed.methods.slice(0, 3)).toEqual(HEAD_CHECK)
      expect(agreed.methods).toContain('eth_call')
      expect(await agreeingTo(ttl.cache, PAYMENT)).toEqual(AFTER)
    })

    it('rebuilds when the block it holds was reverted, even at a higher number and without an event after it', async () => {
      const ttl = countedCache(5_000)
      const view = async () => {
        ttl.advance(5_000)
        return agreeingTo(ttl.cache, PAYMENT)
      }
      const reverted = await warmThenCheck(ttl, async () => {
        const id = await chain().snapshot()
        await agree(DE_MSP, PAYMENT)
        // The cache now holds the block of that agreement.
        expect(await view()).toEqual(AFTER)
        expect(await view()).toEqual(AFTER)
        await chain().revert({ id })
        // Another write at the same number, then an empty block: the range after the held block has no log.
        await agree(anvilAddress(DEMO_ACCOUNT.CH_CPA), PAYMENT)
        await mine(1n)
      })
      expect(reverted.methods.slice(0, 3)).toEqual(HEAD_CHECK)
      expect(reverted.methods).toContain('eth_call')
      expect(await agreeingTo(ttl.cache, PAYMENT)).toEqual(['CH*CPA', 'CH*CPB', 'FR*MSP'])
    })

    it('rebuilds when the RPC refuses the log query', async () => {
      const refused = await warmThenCheck(countedCache(5_000, refusingLogs), () => mine(2n))
      expect(refused.methods.slice(0, 3)).toEqual(HEAD_CHECK)
      expect(refused.methods).toContain('eth_call')
      expect(refused.after).toEqual(refused.before)
      expect(refused.after[0].services).not.toBe(refused.before[0].services)

      // The same blocks, on an RPC that answers logs: the very same objects.
      const answered = await warmThenCheck(countedCache(5_000), () => mine(2n))
      expect(answered.after[0].services).toBe(answered.before[0].services)
    })

    it('looks back through a bounded number of blocks, and rebuilds past it', async () => {
      // Mining the default 2,000 blocks takes anvil seconds: the bound is the same code at any size.
      const ttl = countedCache(5_000, undefined, 20n)
      const within = await warmThenCheck(ttl, () => mine(20n))
      expect(within.methods).toEqual(HEAD_CHECK)
      const beyond = await warmThenCheck(ttl, () => mine(21n))
      expect(beyond.methods).toContain('eth_call')
      expect(beyond.after).toEqual(within.after)
    })
  })

  it('sees an evm_revert, where the same block number carries other state', async () => {
    const { cache, advance } = countedCache(0)
    const before = await chain().snapshot()
    await agree(DE_MSP, PAYMENT)
    expect(await agreeingTo(cache, PAYMENT)).toEqual(AFTER)
    await chain().revert({ id: before })
    advance(1)
    expect(await agreeingTo(cache, PAYMENT)).toEqual(BEFORE)
    // Another write lands on the same block number as the reverted one: a different hash, so read afresh.
    await agree(anvilAddress(DEMO_ACCOUNT.CH_CPA), PAYMENT)
    advance(1)
    expect(await agreeingTo(cache, PAYMENT)).toEqual(['CH*CPA', 'CH*CPB', 'FR*MSP'])
  })

  it('reads afresh at once after a confirmed write of ours, even with a long TTL; a transfer elsewhere changes nothing', async () => {
    const { cache, confirmWrite, requests } = countedCache(LONG_TTL)
    expect(await agreeingTo(cache, PAYMENT)).toEqual(BEFORE)

    const transfer = await sendAs(DE_MSP, anvilAddress(DEMO_ACCOUNT.FRESH))
    expect(await confirmWrite(transfer)).toBe('not-ocn')
    const agreement = await agree(DE_MSP, PAYMENT)
    expect(await agreeingTo(cache, PAYMENT)).toEqual(BEFORE)

    expect(await confirmWrite(agreement)).toBe('refreshed')
    expect(await agreeingTo(cache, PAYMENT)).toEqual(AFTER)

    // The same announcement again is remembered: no receipt request, no refresh.
    const settled = requests()
    expect(await confirmWrite(agreement)).toBe('refreshed')
    expect(await confirmWrite(agreement.toUpperCase().replace('0X', '0x') as Hex)).toBe('refreshed')
    expect(requests()).toBe(settled)
    expect(await confirmWrite(`0x${'ab'.repeat(32)}`)).toBe('unknown')
  })

  it('does not cache failures: the next view retries, and reports a dead RPC rather than old data', async () => {
    let down = true
    const flaky: typeof fetch = (input, init) => (down ? Promise.reject(new TypeError('fetch failed')) : fetch(input, init))
    const { cache, advance } = countedCache(5_000, flaky)
    await expect(catalogView(await cache.snapshot())).rejects.toThrow()
    down = false
    expect((await catalogView(await cache.snapshot())).services).toHaveLength(5)

    // Past the TTL with the RPC down: an error, never the last snapshot passed off as current.
    down = true
    advance(5_000)
    await expect(Promise.resolve(cache.snapshot())).rejects.toThrow()
    down = false
    expect((await catalogView(await cache.snapshot())).services).toHaveLength(5)
  })

  it('derives every page as the direct reads do', async () => {
    await agree(DE_MSP, PAYMENT)
    const { cache, ctx } = countedCache(LONG_TTL)
    const s = await cache.snapshot()
    for (const provider of [BILLING, SMART_CHARGING, PAYMENT, anvilAddress(DEMO_ACCOUNT.AT_CO2), anvilAddress(DEMO_ACCOUNT.FRESH)]) {
      expect(await servicePageView(s, provider)).toEqual(await readServicePage(ctx, provider))
    }
    for (const id of ['DE-MSP', 'de*msp', DE_MSP, DE_MSP.toLowerCase(), 'CH-CPA', 'NL*CPX', anvilAddress(DEMO_ACCOUNT.FRESH), 'XX-YYY', 'nonsense']) {
      expect(await partyPageView(s, id)).toEqual(await readPartyPage(ctx, id))
    }
    expect(await registryView(s)).toEqual(await readRegistryPage(ctx))
    expect(await summaryView(s)).toEqual(await readSummary(ctx))
  })
})
