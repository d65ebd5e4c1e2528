import type { Address, Hex } from 'viem'
import type { ReadContext } from '../ocn/batch'

/**
 * Whether a transaction the browser says it confirmed really changed this network's OCN contracts, checked on the
 * server's own RPC: the one way a visitor can make the server read afresh before the TTL runs out. Each hash
 * costs at most one receipt request (coalesced, then remembered); a handful of checks at a time at most.
 */
export type WriteCheck = 'refreshed' | 'unknown' | 'not-ocn' | 'reverted' | 'busy'

export type WriteConfirmationOptions = {
  /** How many hashes already checked are remembered (the oldest is forgotten first). */
  remember?: number
  /** Receipt requests in flight at once; more are answered 'busy' without touching the RPC. */
  maxInFlight?: number
}

type Receipt = { status?: string; to?: string | null } | null

export const TX_HASH_PATTERN = /^0x[0-9a-fA-F]{64}$/

export function createWriteConfirmations(
  ctx: ReadContext,
  invalidate: () => void,
  { remember = 256, maxInFlight = 4 }: WriteConfirmationOptions = {},
) {
  const checked = new Map<string, Promise<WriteCheck>>()
  const ours = new Set([ctx.registry.toLowerCase(), ctx.permissions.toLowerCase()])
  let inFlight = 0

  async function check(hash: Hex): Promise<WriteCheck> {
    inFlight += 1
    try {
      const receipt = (await ctx.client.request({ method: 'eth_getTransactionReceipt', params: [hash] })) as Receipt
      if (!receipt) return 'unknown'
      if (receipt.status !== '0x1') return 'reverted'
      if (!receipt.to || !ours.has((receipt.to as Address).toLowerCase())) return 'not-ocn'
      invalidate()
      return 'refreshed'
    } finally {
      inFlight -= 1
    }
  }

  return function confirmWrite(hash: Hex): Promise<WriteCheck> {
    if (!TX_HASH_PATTERN.test(hash)) throw new Error(`Not a transaction hash: ${hash}`)
    const key = hash.toLowerCase()
    const known = checked.get(key)
    if (known) return known
    if (inFlight >= maxInFlight) return Promise.resolve('busy')
    const result = check(key as Hex)
    checked.set(key, result)
    // Neither a receipt the RPC does not have yet nor a failed request is final: the next announcement asks again.
    const forget = () => {
      if (checked.get(key) === result) checked.delete(key)
    }
    result.then((outcome) => outcome === 'unknown' && forget(), forget)
    while (checked.size > remember) checked.delete(checked.keys().next().value as string)
    return result
  }
}

export type ConfirmWrite = ReturnType<typeof createWriteConfirmations>
