import { getAddress } from 'viem'
import { describe, expect, it } from 'vitest'
import { LOCAL_PERMISSIONS, LOCAL_REGISTRY } from '../chain/networks'
import { anvilChain } from '../devnet/test-anvil'
import { findDeploymentBlock } from './deployment-block'

describe('findDeploymentBlock', () => {
  it('finds the block of the deploying transaction of each contract', async () => {
    const client = anvilChain()
    for (const address of [LOCAL_REGISTRY, LOCAL_PERMISSIONS]) {
      const found = await findDeploymentBlock(client, address)
      expect(found).not.toBeNull()
      // The block before has no code, the found one has: the first block with code, not just any.
      expect(await client.getCode({ address, blockNumber: found! })).not.toBe('0x')
      if (found! > 0n) expect(await client.getCode({ address, blockNumber: found! - 1n })).toBeUndefined()
    }
    expect(await findDeploymentBlock(client, LOCAL_PERMISSIONS)).toBeGreaterThan((await findDeploymentBlock(client, LOCAL_REGISTRY))!)
  })

  it('answers null for an address without code and for an RPC that fails', async () => {
    expect(await findDeploymentBlock(anvilChain(), getAddress('0x000000000000000000000000000000000000dEaD'))).toBeNull()
    const failing = { getBlockNumber: async () => 10n, getCode: async () => { throw new Error('missing trie node') } }
    expect(await findDeploymentBlock(failing, LOCAL_REGISTRY)).toBeNull()
  })
})
