import { type Address, hexToBigInt, toHex } from 'viem'
import { mayPassSmaller, type ReadContext, readAll } from './batch'
import { permissionsRead } from './calls'

/**
 * Storage slot of Permissions' `providers` array (after the Registry address in slot 0), which holds its
 * length. Solidity gives a public array an index getter but no length getter, and reading past the end
 * reverts with an invalid opcode that burns the whole call's gas, so a multicall that probed for the end
 * would fail whole.
 */
const PROVIDERS_LENGTH_SLOT = toHex(1, { size: 32 })

/**
 * The providers' list, whole. getProviders() returns it in one eth_call whose gas grows with the list: near
 * 12,700 entries it passes the 30M an RPC grants one call. It then fails, and the list is read through the
 * `providers(uint256)` index getter instead, in multicalls that each stay far under the cap (lib/ocn/batch.ts).
 */
export async function readProviderList(ctx: ReadContext): Promise<Address[]> {
  try {
    return [...(await ctx.client.readContract({ ...permissionsRead(ctx, 'getProviders', []), blockNumber: ctx.blockNumber }))]
  } catch (error) {
    if (!mayPassSmaller(error)) throw error
    return readProvidersByIndex(ctx)
  }
}

/** Two rounds: the array's length from storage, then every index at once. */
export async function readProvidersByIndex(ctx: ReadContext): Promise<Address[]> {
  const length = hexToBigInt((await ctx.client.getStorageAt({ address: ctx.permissions, slot: PROVIDERS_LENGTH_SLOT, blockNumber: ctx.blockNumber })) ?? '0x0')
  const calls = Array.from({ length: Number(length) }, (_, i) => permissionsRead(ctx, 'providers', [BigInt(i)]))
  return [...(await readAll(ctx, calls))]
}
