import { encodeFunctionData } from 'viem'
import { describe, expect, it } from 'vitest'
import { revertChainAfterEach, sendFrom } from '../devnet/test-anvil'
import { LOCAL_PERMISSIONS } from '../chain/networks'
import { anvilAddress } from '../devnet/accounts'
import { testReadContext } from '../devnet/test-context'
import { permissionsAbi } from '../ocn/abi'
import { catalogPageView } from '../ocn/pieces'
import { SnapshotCache } from '../reads/snapshot-cache'
import { parseCatalogQuery } from './query'
import { noManifestBook } from './test-manifest-book'
import { DEMO_ACCOUNT } from '../devnet/demo-network'

const query = (search: string) => parseCatalogQuery(new URLSearchParams(search))
const TTL = 5_000

describe('the catalog index in the shared read cache', () => {
  revertChainAfterEach()

  it('serves a page from the snapshot it was built for, and a changed catalog from a new index', async () => {
    let time = 0
    const cache = new SnapshotCache(testReadContext(), { ttlMs: TTL, now: () => time })
    const book = noManifestBook()
    const page = async (search: string) => catalogPageView(await cache.snapshot(), query(search), book)
    const providers = async (search: string) => (await page(search)).items.map((s) => s.provider)

    const smartCharging = anvilAddress(DEMO_ACCOUNT.GB_SCS)
    const all = await providers('sort=permissions')
    expect(all).toContain(smartCharging)
    expect((await page('sort=permissions')).total).toBe(5)

    await sendFrom({ from: smartCharging, to: LOCAL_PERMISSIONS, data: encodeFunctionData({ abi: permissionsAbi, functionName: 'deleteService' }) })

    // Within the TTL the snapshot (and its memo) stands; after it, the same query is answered from the new catalog.
    expect(await providers('sort=permissions')).toEqual(all)
    time += TTL
    expect(await providers('sort=permissions')).toEqual(all.filter((p) => p !== smartCharging))
    expect((await page('sort=permissions')).total).toBe(4)
  })
})
