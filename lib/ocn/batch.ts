import type { Abi, Address, ContractFunctionParameters, PublicClient } from 'viem'

export type ReadContext = {
  client: PublicClient
  registry: Address
  permissions: Address
  /** Null on chains without Multicall3 (Volta, Energy Web Chain): reads then go deployless. */
  multicall3: Address | null
}

/**
 * Calls per eth_call. With Multicall3 the bound is gas: public RPCs cap one eth_call (anvil's default block at
 * 30M, geth at 50M) and a getService plus a party lookup cost about 60k. Deployless multicall returns its
 * results as contract code, which the EVM caps at 24,576 bytes, so far fewer calls fit.
 */
export const CALLS_PER_MULTICALL = 200
export const CALLS_PER_DEPLOYLESS_MULTICALL = 30

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = []
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size))
  return chunks
}

/**
 * Runs many view calls as a few multicalls, all started in the same tick so the batching HTTP transport
 * sends them as one JSON-RPC batch: one HTTP request per round, whatever the number of calls.
 */
export async function readAll(ctx: ReadContext, calls: readonly ContractFunctionParameters<Abi>[]): Promise<unknown[]> {
  if (calls.length === 0) return []
  const size = ctx.multicall3 ? CALLS_PER_MULTICALL : CALLS_PER_DEPLOYLESS_MULTICALL
  const results = await Promise.all(
    chunk(calls, size).map((contracts) =>
      ctx.client.multicall({
        contracts,
        allowFailure: false,
        batchSize: 0,
        ...(ctx.multicall3 ? { multicallAddress: ctx.multicall3 } : { deployless: true }),
      }),
    ),
  )
  return results.flat()
}

export function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)]
}
