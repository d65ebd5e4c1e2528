import { type Address, encodeFunctionData } from 'viem'
import { describe, expect, it } from 'vitest'
import { anvilChain, revertChainAfterEach, sendFrom } from '../devnet/test-anvil'
import { LOCAL_PERMISSIONS } from '../chain/networks'
import { anvilAddress } from '../devnet/accounts'
import { countingFetch, testReadContext } from '../devnet/test-context'
import { permissionsAbi } from '../ocn/abi'
import { catalogIndexView, catalogView } from '../ocn/pieces'
import { SnapshotCache } from '../reads/snapshot-cache'
import { decodeCatalogIndex } from './index-codec'
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
  return { cache, requests: counter.count, advance: (ms: number) => (time += ms) }
}

const decoded = (json: string) => decodeCatalogIndex(JSON.parse(json))

describe('the catalog index piece', () => {
  revertChainAfterEach()

  it('is built from the cached catalog once per snapshot, under the version the page names', async () => {
    const { cache, requests } = countedCache()
    const page = await catalogView(await cache.snapshot())
    const read = requests()
    const body = await catalogIndexView(await cache.snapshot())
    expect(requests(), 'the index reads nothing the page has not read').toBe(read)
    expect(body.version).toBe(page.indexVersion)
    const index = decoded(body.json)
    expect(index.version).toBe(page.indexVersion)
    expect(index.services.map((s) => s.provider).sort()).toEqual(page.services.map((s) => s.provider).sort())
    expect(await catalogIndexView(await cache.snapshot()), 'the same body, not a new one per request').toBe(body)
  })

  it('keeps its version while the catalog stands, and names a changed catalog anew', async () => {
    const { cache, advance } = countedCache()
    const before = await catalogIndexView(await cache.snapshot())
    await anvilChain().mine({ blocks: 3 })
    advance(TTL)
    expect((await catalogIndexView(await cache.snapshot())).version, 'blocks without an OCN event').toBe(before.version)

    await rename(BILLING, 'Renamed Billing')
    advance(TTL)
    const after = await catalogIndexView(await cache.snapshot())
    expect(after.version).not.toBe(before.version)
    expect((await catalogView(await cache.snapshot())).indexVersion).toBe(after.version)
    expect(decoded(after.json).services.find((s) => s.provider === BILLING)?.name).toBe('Renamed Billing')
  })
})
