import { type Address, encodeFunctionData } from 'viem'
import { describe, expect, it } from 'vitest'
import { anvilChain, revertChainAfterEach, sendFrom } from '../devnet/test-anvil'
import { LOCAL_PERMISSIONS } from '../chain/networks'
import { anvilAddress } from '../devnet/accounts'
import { countingFetch, testReadContext } from '../devnet/test-context'
import { permissionsAbi } from '../ocn/abi'
import { catalogIndexView, catalogPageView } from '../ocn/pieces'
import { SnapshotCache } from '../reads/snapshot-cache'
import { decodeCatalogIndex } from './index-codec'
import { EMPTY_QUERY } from './query'
import { noManifestBook } from './test-manifest-book'
import { DEMO_ACCOUNT } from '../devnet/demo-network'

const BILLING = anvilAddress(DEMO_ACCOUNT.DE_BIL)
const TTL = 1_000


async function rename(provider: Address, name: string): Promise<void> {
  const data = encodeFunctionData({ abi: permissionsAbi, functionName: 'setService', args: [name, 'https://example.org', [8n]] })
  await sendFrom({ from: provider, to: LOCAL_PERMISSIONS, data })
}

function countedCache() {
  const counter = countingFetch()
  let time = 0
  const cache = new SnapshotCache(testReadContext({ fetchFn: counter.fetchFn }), { ttlMs: TTL, now: () => time })
  return { cache, requests: counter.count, advance: (ms: number) => (time += ms), book: noManifestBook() }
}

const decoded = (json: string) => decodeCatalogIndex(JSON.parse(json))
const ALL = { ...EMPTY_QUERY, page: 1 }

describe('the catalog index piece', () => {
  revertChainAfterEach()

  it('is built from the cached catalog once per snapshot, under the version the page names', async () => {
    const { cache, requests, book } = countedCache()
    const page = await catalogPageView(await cache.snapshot(), ALL, book)
    const read = requests()
    const body = await catalogIndexView(await cache.snapshot(), book)
    expect(requests(), 'the index reads nothing the page has not read').toBe(read)
    expect(body.version).toBe(page.indexVersion)
    const index = decoded(body.json)
    expect(index.version).toBe(page.indexVersion)
    expect(index.services.map((s) => s.provider).sort()).toEqual(page.items.map((s) => s.provider).sort())
    expect(await catalogIndexView(await cache.snapshot(), book), 'the same body, not a new one per request').toBe(body)
  })

  it('keeps its version while the catalog stands, and names a changed catalog anew', async () => {
    const { cache, advance, book } = countedCache()
    // The page waits for its cards' manifests: the epoch stands from then on.
    await catalogPageView(await cache.snapshot(), ALL, book)
    const before = await catalogIndexView(await cache.snapshot(), book)
    await anvilChain().mine({ blocks: 3 })
    advance(TTL)
    expect((await catalogIndexView(await cache.snapshot(), book)).version, 'blocks without an OCN event').toBe(before.version)

    await rename(BILLING, 'Renamed Billing')
    advance(TTL)
    // The renamed service's new URL is checked by the page view; the index that follows names the same epoch.
    const page = await catalogPageView(await cache.snapshot(), ALL, book)
    const after = await catalogIndexView(await cache.snapshot(), book)
    expect(after.version).not.toBe(before.version)
    expect(page.indexVersion).toBe(after.version)
    expect(decoded(after.json).services.find((s) => s.provider === BILLING)?.name).toBe('Renamed Billing')
  })
})
