import type { Address, PublicClient } from 'viem'

/**
 * The block a contract was deployed in: the first block at which it has code, found by bisection over
 * `eth_getCode` (about log2(head) calls, 25 for Energy Web Chain's ~30 M blocks). The indexer starts there rather
 * than at genesis, so it does not ask a public RPC for years of empty log ranges. Needs an RPC that answers state
 * queries at old blocks (an archive node); null when it does not, or when there is no code at the head.
 */
export async function findDeploymentBlock(client: Pick<PublicClient, 'getCode' | 'getBlockNumber'>, address: Address): Promise<bigint | null> {
  const hasCode = async (blockNumber: bigint) => {
    const code = await client.getCode({ address, blockNumber })
    return code !== undefined && code !== '0x'
  }
  try {
    let high = await client.getBlockNumber()
    if (!(await hasCode(high))) return null
    let low = 0n
    while (low < high) {
      const middle = (low + high) / 2n
      if (await hasCode(middle)) high = middle
      else low = middle + 1n
    }
    return low
  } catch {
    return null
  }
}
