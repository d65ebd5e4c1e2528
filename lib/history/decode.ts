/**
 * Pure decoding for the indexer (indexer/src): what each contract event means for the history API
 * (lib/history/types.ts). Nothing here reads the chain; the handlers pass in what they read.
 */

// Ponder's checkpoint (and event id) layout: 10 digits of block timestamp, 16 of chain id, 16 of block number, then
// the position inside the block. Both sort in chain order as strings.
const TIMESTAMP_DIGITS = 10
const CHAIN_ID_DIGITS = 16
const BLOCK_DIGITS = 16
const CHECKPOINT = /^\d{75}$/

/** The block and its time a Ponder checkpoint stands for; null for anything that is not one. */
export function decodeCheckpoint(checkpoint: string): { block: bigint; time: number } | null {
  if (!CHECKPOINT.test(checkpoint)) return null
  const blockStart = TIMESTAMP_DIGITS + CHAIN_ID_DIGITS
  return {
    time: Number(checkpoint.slice(0, TIMESTAMP_DIGITS)),
    block: BigInt(checkpoint.slice(blockStart, blockStart + BLOCK_DIGITS)),
  }
}

/** A paging cursor (an event id): a checkpoint, so nothing else reaches a query. */
export function isEventId(value: string): boolean {
  return CHECKPOINT.test(value)
}
