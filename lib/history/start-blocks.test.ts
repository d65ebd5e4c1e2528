import { describe, expect, it } from 'vitest'
import { NETWORKS, networkFromEnv } from '../chain/networks'
import { DEPLOYMENT_BLOCKS, indexerStartBlock, StartBlockError } from './start-blocks'

describe('the indexer start block', () => {
  it('starts the local chain at 0 and a preset at its deployment block, or 0 while that is not known', () => {
    expect(indexerStartBlock(NETWORKS.local, {})).toBe(0)
    expect(indexerStartBlock(NETWORKS.ewc, {})).toBe(DEPLOYMENT_BLOCKS.ewc ?? 0)
    expect(indexerStartBlock(NETWORKS.volta, {})).toBe(DEPLOYMENT_BLOCKS.volta ?? 0)
  })

  it('takes OCN_INDEXER_START_BLOCK over the preset, for a custom network too', () => {
    expect(indexerStartBlock(NETWORKS.ewc, { OCN_INDEXER_START_BLOCK: ' 12345 ' })).toBe(12345)
    const custom = networkFromEnv({
      OCN_NETWORK: 'custom',
      OCN_RPC_URL: 'http://127.0.0.1:1',
      OCN_CHAIN_ID: '5',
      OCN_REGISTRY_ADDRESS: NETWORKS.local.registry,
      OCN_PERMISSIONS_ADDRESS: NETWORKS.local.permissions,
    })
    expect(indexerStartBlock(custom, {})).toBe(0)
    expect(indexerStartBlock(custom, { OCN_INDEXER_START_BLOCK: '7' })).toBe(7)
  })

  it('refuses a start block that is not a block number', () => {
    for (const text of ['-1', 'abc', '1.5', '1e30']) {
      expect(() => indexerStartBlock(NETWORKS.local, { OCN_INDEXER_START_BLOCK: text })).toThrow(StartBlockError)
    }
  })
})
