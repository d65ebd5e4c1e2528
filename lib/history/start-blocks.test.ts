import { describe, expect, it } from 'vitest'
import { NETWORKS } from '../chain/networks'
import { anvilChain } from '../devnet/test-anvil'
import { findDeploymentBlock } from './deployment-block'
import { deploymentStartBlock, indexerStartBlock, StartBlockError } from './start-blocks'

describe('the indexer start block', () => {
  it('is OCN_INDEXER_START_BLOCK when set, else 0', () => {
    expect(indexerStartBlock({})).toBe(0)
    expect(indexerStartBlock({ OCN_INDEXER_START_BLOCK: ' 12345 ' })).toBe(12345)
  })

  it('refuses a start block that is not a block number', () => {
    for (const text of ['-1', 'abc', '1.5', '1e30']) {
      expect(() => indexerStartBlock({ OCN_INDEXER_START_BLOCK: text })).toThrow(StartBlockError)
    }
  })

  it("finds a public network's start on its RPC: the earlier deployment of the two contracts", async () => {
    // The test chain holds the local contracts: read as if they were a preset network's, at the same addresses.
    const asPreset = { ...NETWORKS.volta, registry: NETWORKS.local.registry, permissions: NETWORKS.local.permissions }
    const registryBlock = await findDeploymentBlock(anvilChain(), NETWORKS.local.registry)
    expect(registryBlock).not.toBeNull()
    expect(await deploymentStartBlock(asPreset, anvilChain())).toBe(Number(registryBlock))
    expect(await deploymentStartBlock(NETWORKS.local, anvilChain())).toBe(0)
    // Volta's addresses hold no code on the test chain: nothing found, start at 0 rather than guess.
    expect(await deploymentStartBlock(NETWORKS.volta, anvilChain())).toBe(0)
  })
})
