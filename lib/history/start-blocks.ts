import type { PublicClient } from 'viem'
import type { Network } from '../chain/networks'
import { findDeploymentBlock } from './deployment-block'

export class StartBlockError extends Error {}

/**
 * Where the indexer (ponder.config.ts) starts: OCN_INDEXER_START_BLOCK if set, else 0. `npm run dev` and
 * `npm start` set it from `deploymentStartBlock` for a public network, since neither contract can have emitted
 * anything before its deployment.
 */
export function indexerStartBlock(env: Record<string, string | undefined>): number {
  const text = env.OCN_INDEXER_START_BLOCK?.trim()
  if (!text) return 0
  const block = Number(text)
  if (!Number.isSafeInteger(block) || block < 0) {
    throw new StartBlockError(`OCN_INDEXER_START_BLOCK must be a block number (0 or more), not "${text}".`)
  }
  return block
}

/**
 * The earlier of the two contracts' deployment blocks, found on the network's own RPC (the block numbers of the
 * Volta and Energy Web Chain deployments are published nowhere we could read: the contracts' repository records only
 * the dates, Volta Registry 2019-08-01 and Permissions 2020-06-16, Energy Web Chain both 2020-10-15). 0 for the
 * local chain (deployed in its first blocks) and where the RPC cannot answer state at old blocks.
 */
export async function deploymentStartBlock(network: Network, client: Pick<PublicClient, 'getCode' | 'getBlockNumber'>): Promise<number> {
  if (network.id === 'local') return 0
  const found = await Promise.all([findDeploymentBlock(client, network.registry), findDeploymentBlock(client, network.permissions)])
  const blocks = found.filter((block): block is bigint => block !== null)
  return blocks.length === 2 ? Number(blocks[0] < blocks[1] ? blocks[0] : blocks[1]) : 0
}
