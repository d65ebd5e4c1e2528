import { type Address, encodeFunctionData, type Hex } from 'viem'
import { describe, expect, inject, it } from 'vitest'
import { LOCAL_PERMISSIONS } from '../chain/networks'
import { anvilAddress } from '../devnet/accounts'
import { DEMO_ACCOUNT } from '../devnet/demo-network'
import { seedBulkServices } from '../devnet/bulk'
import { permissionsAbi } from '../ocn/abi'
import { readPartyPage, readRegistryPage, readServicePage } from '../ocn/page-reads'
import { catalogView, partyPageView, registryView, servicePageView, summaryView } from '../ocn/pieces'
import { readSummary } from '../ocn/reads'
import type { Snapshot } from './snapshot-cache'
import { DE_MSP, BILLING, SMART_CHARGING, PAYMENT, BEFORE, AFTER, LONG_TTL, sendAs, agree, countedCache, agreeingTo } from './snapshot-cache-testkit'
import { anvilChain, revertChainAfterEach } from '../devnet/test-anvil'

describe('the shared server read cache', () => {
  revertChainAfterEach()

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


  it('sees an evm_revert, where the same block number carries other state', async () => {
    const { cache, advance } = countedCache(0)
    const before = await anvilChain().snapshot()
    await agree(DE_MSP, PAYMENT)
    expect(await agreeingTo(cache, PAYMENT)).toEqual(AFTER)
    await anvilChain().revert({ id: before })
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
