import { spawn } from 'node:child_process'
import { createTestClient, createWalletClient, type Hex, http, publicActions } from 'viem'
import { afterEach, beforeEach, describe, expect, inject, it, vi } from 'vitest'
import { chainOf } from '../chain/client'
import { LOCAL_PERMISSIONS, NETWORKS } from '../chain/networks'
import { anvilAccount } from '../devnet/accounts'
import { countingFetch, testReadContext } from '../devnet/test-context'
import { TEST_LISTENER_PORT } from '../devnet/test-listener'
import { wsRelay } from '../devnet/ws-relay'
import { permissionsAbi } from '../ocn/abi'
import { catalogView } from '../ocn/pieces'
import { type HeadWatch, watchHeads } from './head-watch'
import { PUSHED_HEAD_MAX_MS, SnapshotCache } from './snapshot-cache'

const TARIFFS = 13
const TARIFF_MONITOR = 'Tariff Transparency Monitor'
const FAST_RETRY = { first: 50, max: 200 }

const chainUrl = () => inject('chainUrl')
const chainWsUrl = () => chainUrl().replace(/^http/, 'ws')
const chain = () => createTestClient({ mode: 'anvil', transport: http(chainUrl()) }).extend(publicActions)

/**
 * The provider withdraws its service as the official CLI would: a raw transaction signed with its key, sent to
 * the chain over HTTP, nothing of this app involved.
 */
async function withdrawElsewhere(): Promise<void> {
  const wallet = createWalletClient({ account: anvilAccount(TARIFFS), chain: chainOf({ ...NETWORKS.local, rpcUrl: chainUrl() }), transport: http(chainUrl()) })
  const hash = await wallet.writeContract({ address: LOCAL_PERMISSIONS, abi: permissionsAbi, functionName: 'deleteService' })
  expect((await chain().waitForTransactionReceipt({ hash })).status).toBe('success')
}

/** A cache on the test chain whose HTTP requests are counted, on a clock the test moves, fed by `wsUrl`'s heads. */
function watchedCache(ttlMs: number, wsUrl: string | null) {
  const counter = countingFetch()
  let time = 0
  let pushes = 0
  let watch: HeadWatch | null = null
  const cache = new SnapshotCache(testReadContext({ fetchFn: counter.fetchFn }), { ttlMs, now: () => time, headsPushed: () => watch?.live() ?? false })
  watch = wsUrl
    ? watchHeads(wsUrl, {
        onStale: () => {
          pushes += 1
          cache.markStale()
        },
        retryMs: FAST_RETRY,
      })
    : null
  const catalog = async () => (await catalogView(await cache.snapshot())).services.map((s) => s.name)
  /** Requests one view costs, and what it shows. */
  const view = async () => {
    const before = counter.count()
    const names = await catalog()
    return { requests: counter.count() - before, names }
  }
  return { cache, watch, view, requests: counter.count, pushes: () => pushes, advance: (ms: number) => (time += ms) }
}

let watches: HeadWatch[] = []
const track = <T extends { watch: HeadWatch | null }>(cached: T): T => {
  if (cached.watch) watches.push(cached.watch)
  return cached
}
const liveSoon = (watch: HeadWatch | null, live = true) => vi.waitFor(() => expect(watch?.live()).toBe(live), { timeout: 5_000, interval: 20 })

describe('the head watch', () => {
  let snapshot: Hex
  // Other test files share this chain and expect the pristine demo seed.
  beforeEach(async () => {
    snapshot = await chain().snapshot()
  })
  afterEach(async () => {
    watches.forEach((watch) => watch.close())
    watches = []
    await chain().revert({ id: snapshot })
  })

  it('keeps warm views free past the TTL while no block is mined, and concurrent views share one check', async () => {
    const { watch, view, advance, requests } = track(watchedCache(1_000, chainWsUrl()))
    await liveSoon(watch)
    expect((await view()).requests).toBe(2)

    // Ten views over ten TTLs: the chain pushed nothing, so the held head is current.
    for (let i = 0; i < 10; i++) {
      advance(1_000)
      expect(await view()).toEqual({ requests: 0, names: expect.arrayContaining([TARIFF_MONITOR]) })
    }
    const before = requests()
    await Promise.all(Array.from({ length: 100 }, view))
    expect(requests()).toBe(before)

    // The safety bound: a socket silent for a minute is not trusted; one check, then free again.
    advance(PUSHED_HEAD_MAX_MS)
    expect((await view()).requests).toBe(1)
    expect((await view()).requests).toBe(0)
  })

  it('sees a write made outside the app on the next view, long before the TTL', async () => {
    const { watch, view, pushes } = track(watchedCache(60_000, chainWsUrl()))
    await liveSoon(watch)
    expect((await view()).names).toContain(TARIFF_MONITOR)

    const pushed = pushes()
    await withdrawElsewhere()
    await vi.waitFor(() => expect(pushes()).toBeGreaterThan(pushed), { timeout: 5_000, interval: 20 })
    // The clock has not moved: only the pushed head can make this view check.
    const after = await view()
    expect(after.names).not.toContain(TARIFF_MONITOR)
    expect(after.names).toHaveLength(4)
    expect((await view()).requests).toBe(0)
  })

  it('falls back to the TTL while the socket is down, and trusts it again once it has subscribed anew', async () => {
    const relay = wsRelay(chainWsUrl(), TEST_LISTENER_PORT)
    await relay.start()
    try {
      const { watch, view, advance, pushes } = track(watchedCache(1_000, relay.url))
      await liveSoon(watch)
      expect((await view()).names).toContain(TARIFF_MONITOR)

      await relay.stop()
      await liveSoon(watch, false)
      await withdrawElsewhere()
      // Within the TTL the held snapshot stands, as without a socket; after it, the view asks and shows the change.
      advance(500)
      expect(await view()).toEqual({ requests: 0, names: expect.arrayContaining([TARIFF_MONITOR]) })
      advance(500)
      const fresh = await view()
      expect(fresh.requests).toBeGreaterThan(0)
      expect(fresh.names).not.toContain(TARIFF_MONITOR)

      // Back: heads mined while it was down were never pushed, so subscribing again costs the next view a check.
      const pushed = pushes()
      await relay.start()
      await liveSoon(watch)
      expect(pushes()).toBeGreaterThan(pushed)
      expect((await view()).requests).toBe(1)
      advance(5_000)
      expect((await view()).requests).toBe(0)
    } finally {
      await relay.stop()
    }
  })

  it('never checks more often than a TTL longer than the safety bound', async () => {
    const { watch, view, advance } = track(watchedCache(2 * PUSHED_HEAD_MAX_MS, chainWsUrl()))
    await liveSoon(watch)
    await view()
    advance(PUSHED_HEAD_MAX_MS)
    expect((await view()).requests).toBe(0)
    advance(PUSHED_HEAD_MAX_MS)
    expect((await view()).requests).toBe(1)
  })

  it('checks again after a head pushed while a check was on its way: that check may have answered the older head', async () => {
    const { cache, watch, view, advance } = track(watchedCache(1_000, chainWsUrl()))
    await liveSoon(watch)
    await view()
    advance(PUSHED_HEAD_MAX_MS)
    const checking = view()
    cache.markStale()
    expect((await checking).requests).toBe(1)
    expect((await view()).requests).toBe(1)
    expect((await view()).requests).toBe(0)
  })

  it('never goes live without a WebSocket server, and the TTL serves', async () => {
    const { watch, view, advance } = track(watchedCache(1_000, `ws://127.0.0.1:${TEST_LISTENER_PORT}`))
    expect((await view()).requests).toBe(2)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(watch?.live()).toBe(false)
    advance(1_000)
    expect((await view()).requests).toBe(1)
  })

  it('checks on every view with a TTL of 0, pushes or not', async () => {
    const { watch, view } = track(watchedCache(0, chainWsUrl()))
    await liveSoon(watch)
    await view()
    expect((await view()).requests).toBe(1)
  })

  it('keeps no process from exiting', { timeout: 40_000 }, async () => {
    // A script that opens a live subscription and forgets it: it must end by itself.
    const script = `
      import { watchHeads } from './lib/reads/head-watch.ts'
      const watch = watchHeads(${JSON.stringify(chainWsUrl())}, { onStale: () => undefined })
      const waitLive = () => (watch.live() ? console.log('live') : setTimeout(waitLive, 20))
      waitLive()
    `
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] })
    const exit = new Promise<void>((resolve) => child.once('exit', () => resolve()))
    // Starting tsx takes seconds on a busy machine: the clock for exiting starts once the watch is live.
    const live = await new Promise<boolean>((resolve) => {
      child.stdout.on('data', (data: Buffer) => data.toString().includes('live') && resolve(true))
      void exit.then(() => resolve(false))
      setTimeout(() => resolve(false), 30_000)
    })
    const exited = await Promise.race([exit.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 3_000))])
    if (!exited) child.kill('SIGKILL')
    expect(live).toBe(true)
    expect(exited).toBe(true)
  })
})
