import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { startTestListener, TEST_LISTENER_PORT } from '../devnet/test-listener'
import { exampleManifest, exampleManifestText } from '../manifest/test-manifests'
import { ManifestCache, type ManifestCacheOptions } from './manifest-cache'
import { createManifestCheck } from './manifest-check'
import { LogoStore } from './logo-store'

const PORT = TEST_LISTENER_PORT
const hosted = new Map<string, string>()
let delayMs = 0
let status = 200
let open = 0
let mostOpen = 0

const server = await startTestListener((request, _body, response) => {
  open++
  mostOpen = Math.max(mostOpen, open)
  // What is hosted when the request arrives, answered after the delay.
  const body = hosted.get(request.url ?? '') ?? exampleManifestText()
  setTimeout(() => {
    open--
    response.writeHead(status, { 'content-type': 'application/json' }).end(body)
  }, delayMs)
}, PORT)
afterAll(() => server.stop())

beforeEach(() => {
  hosted.clear()
  delayMs = 0
  status = 200
  mostOpen = 0
})

/** A real manifest whose content differs by its tagline. */
function manifestText(tagline: string): string {
  return JSON.stringify({ ...exampleManifest(), tagline })
}

function clock() {
  let t = 1_000_000
  return { now: () => t, advance: (ms: number) => (t += ms) }
}

function cacheWith(options: Partial<ManifestCacheOptions> = {}) {
  const time = clock()
  const { check } = createManifestCheck(true, new LogoStore({ maxLogos: 100, maxBytes: 1 << 20 }))
  const cache = new ManifestCache(check, { ttlMs: 600_000, failureTtlMs: 60_000, maxEntries: 20_000, maxConcurrent: 6, now: time.now, ...options })
  return { cache, time }
}

const url = (id: string) => `${server.url}/m/${id}.json`

describe('ManifestCache', () => {
  it('answers 100 page views of one URL with 1 fetch, concurrent or one after another', async () => {
    const { cache } = cacheWith()
    delayMs = 50
    const results = await Promise.all(Array.from({ length: 100 }, () => cache.result(url('one'))))
    expect(new Set(results.map((r) => r.actual)).size).toBe(1)
    expect(results[0].state).toBe('unverified')
    for (let i = 0; i < 100; i++) await cache.result(url('one'))
    expect(server.hitsOn('/m/one.json')).toBe(1)
    expect(cache.stats.fetches).toBe(1)
    expect(cache.stats.hits).toBe(100)
  })

  it('serves a stale result at once after the TTL and refreshes it with one background fetch', async () => {
    const { cache, time } = cacheWith({ ttlMs: 1_000 })
    hosted.set('/m/ttl.json', manifestText('v1'))
    const first = await cache.result(url('ttl'))
    time.advance(999)
    await cache.result(url('ttl'))
    expect(server.hitsOn('/m/ttl.json')).toBe(1)
    hosted.set('/m/ttl.json', manifestText('v2'))
    delayMs = 300
    time.advance(1)
    const started = Date.now()
    const stale = await Promise.all([cache.result(url('ttl')), cache.result(url('ttl')), cache.result(url('ttl'))])
    expect(Date.now() - started).toBeLessThan(200)
    expect(stale.every((r) => r.actual === first.actual)).toBe(true)
    await expect.poll(() => cache.peek(url('ttl'))?.actual, { timeout: 3_000 }).not.toBe(first.actual)
    expect(server.hitsOn('/m/ttl.json')).toBe(2)
  })

  it('bumps the epoch on a first answer and on a changed one, not on a refetch that finds the same', async () => {
    const { cache, time } = cacheWith({ ttlMs: 1_000 })
    hosted.set('/m/epoch.json', manifestText('v1'))
    expect(cache.epoch()).toBe(0)
    await cache.result(url('epoch'))
    expect(cache.epoch()).toBe(1)
    time.advance(1_000)
    await cache.result(url('epoch'), { fresh: true })
    expect(server.hitsOn('/m/epoch.json')).toBe(2)
    expect(cache.epoch()).toBe(1)
    hosted.set('/m/epoch.json', manifestText('v2'))
    await cache.result(url('epoch'), { fresh: true })
    expect(cache.epoch()).toBe(2)
  })

  it('never runs more than 6 fetches at once, and does use all 6', async () => {
    const { cache } = cacheWith()
    delayMs = 100
    const urls = Array.from({ length: 30 }, (_, i) => url(`c${i}`))
    cache.warm(urls)
    let mostActive = 0
    const sampler = setInterval(() => (mostActive = Math.max(mostActive, cache.active())), 5)
    await cache.settle(urls, 10_000)
    clearInterval(sampler)
    expect(urls.every((u) => cache.peek(u)?.state === 'unverified')).toBe(true)
    expect(mostOpen).toBe(6)
    expect(mostActive).toBeLessThanOrEqual(6)
    expect(cache.stats.fetches).toBe(30)
  })

  it('lets a fresh check replace the cached result, which later views then see', async () => {
    const { cache } = cacheWith()
    hosted.set('/m/fresh.json', manifestText('v1'))
    const before = await cache.result(url('fresh'))
    hosted.set('/m/fresh.json', manifestText('v2'))
    expect((await cache.result(url('fresh'))).actual).toBe(before.actual)
    const fresh = await cache.result(url('fresh'), { fresh: true })
    expect(fresh.actual).not.toBe(before.actual)
    expect((await cache.result(url('fresh'))).actual).toBe(fresh.actual)
    expect(cache.peek(url('fresh'))?.actual).toBe(fresh.actual)
    expect(server.hitsOn('/m/fresh.json')).toBe(2)
  })

  it('does not let an older check that finishes last overwrite a fresh one', async () => {
    const { cache } = cacheWith()
    hosted.set('/m/race.json', manifestText('old'))
    delayMs = 400
    const slow = cache.result(url('race'))
    await expect.poll(() => server.hitsOn('/m/race.json')).toBe(1)
    hosted.set('/m/race.json', manifestText('new'))
    delayMs = 0
    const fresh = await cache.result(url('race'), { fresh: true })
    expect(fresh.manifest?.tagline).toBe('new')
    expect((await slow).manifest?.tagline).toBe('old')
    expect(cache.peek(url('race'))?.manifest?.tagline).toBe('new')
  })

  it('keeps a failure for 60 s only, then asks again', async () => {
    const { cache, time } = cacheWith()
    status = 503
    expect((await cache.result(url('down'))).state).toBe('unreachable')
    status = 200
    time.advance(59_999)
    expect((await cache.result(url('down'))).state).toBe('unreachable')
    expect(server.hitsOn('/m/down.json')).toBe(1)
    time.advance(1)
    await cache.result(url('down'))
    await expect.poll(() => cache.peek(url('down'))?.state).toBe('unverified')
    expect(server.hitsOn('/m/down.json')).toBe(2)
  })

  it('keeps a failure no longer than a TTL shorter than 60 s', async () => {
    const { cache, time } = cacheWith({ ttlMs: 2_000 })
    status = 500
    await cache.result(url('short'))
    time.advance(2_000)
    cache.warm([url('short')])
    await expect.poll(() => server.hitsOn('/m/short.json')).toBe(2)
  })

  it('answers pending when the first check takes longer than the wait, without a second fetch', async () => {
    const { cache } = cacheWith()
    delayMs = 400
    const waited = await cache.result(url('slow'), { waitMs: 50 })
    expect(waited.state).toBe('pending')
    expect(cache.peek(url('slow'))).toBeNull()
    expect((await cache.result(url('slow'))).state).toBe('unverified')
    expect(server.hitsOn('/m/slow.json')).toBe(1)
  })

  it('settles within its wait even when a provider is slower', async () => {
    const { cache } = cacheWith()
    delayMs = 1_000
    const started = Date.now()
    await cache.settle([url('s1'), url('s2')], 100)
    const took = Date.now() - started
    expect(took).toBeGreaterThanOrEqual(90)
    expect(took).toBeLessThan(600)
    expect(cache.peek(url('s1'))).toBeNull()
    await cache.settle([url('s1'), url('s2')], 3_000)
    expect(cache.peek(url('s2'))?.state).toBe('unverified')
    expect(server.hitsOn('/m/s1.json')).toBe(1)
  })

  it('forgets the least recently used URL beyond its bound', async () => {
    const { cache } = cacheWith({ maxEntries: 3 })
    for (const id of ['l1', 'l2', 'l3']) await cache.result(url(id))
    await cache.result(url('l1'))
    await cache.result(url('l4'))
    await cache.result(url('l1'))
    await cache.result(url('l2'))
    expect(server.hitsOn('/m/l1.json')).toBe(1)
    expect(server.hitsOn('/m/l2.json')).toBe(2)
  })
  it("checks what a page view waits for before the catalog's background warming, even once queued behind it", async () => {
    const order: string[] = []
    delayMs = 20
    const { cache } = cacheWith({ maxConcurrent: 2 })
    const tracked = new ManifestCache(
      async (u) => {
        order.push(u.slice(u.lastIndexOf('/') + 1))
        return cache.result(u, { fresh: true })
      },
      { ttlMs: 600_000, failureTtlMs: 60_000, maxEntries: 100, maxConcurrent: 2 },
    )
    tracked.warm(Array.from({ length: 20 }, (_, i) => url(`w${i}`)))
    // Already queued by the warming (w19), and new (page): both before w2..w18.
    await tracked.settle([url('w19'), url('page')], 5_000)
    expect(order.slice(0, 4).sort()).toEqual(['page.json', 'w0.json', 'w1.json', 'w19.json'])
    expect(tracked.cached(url('page'))?.state).toBe('unverified')
    expect(tracked.cached(url('w10'))).toBeNull()
  })
})
