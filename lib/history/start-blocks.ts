import type { Network, NetworkId } from '../chain/networks'

/**
 * The block each preset network's contracts were deployed at: the indexer starts there, since neither contract
 * can have emitted anything before. null = not known yet: the indexer then starts at block 0, which finds the same
 * events, only slower (every block range before the deployment is searched for nothing).
 * TODO(lead): fill VOLTA and EWC with the Registry's deployment block (the earlier of the two contracts).
 */
export const DEPLOYMENT_BLOCKS: Record<Exclude<NetworkId, 'custom'>, number | null> = {
  local: 0,
  volta: null,
  ewc: null,
}

export class StartBlockError extends Error {}

/** Where the indexer starts: OCN_INDEXER_START_BLOCK if set, else the preset's deployment block, else 0. */
export function indexerStartBlock(network: Network, env: Record<string, string | undefined>): number {
  const text = env.OCN_INDEXER_START_BLOCK?.trim()
  if (text) {
    const block = Number(text)
    if (!Number.isSafeInteger(block) || block < 0) {
      throw new StartBlockError(`OCN_INDEXER_START_BLOCK must be a block number (0 or more), not "${text}".`)
    }
    return block
  }
  return network.id === 'custom' ? 0 : (DEPLOYMENT_BLOCKS[network.id] ?? 0)
}
