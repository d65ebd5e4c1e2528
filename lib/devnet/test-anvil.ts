import { type Address, createTestClient, type Hex, http, publicActions } from 'viem'
import { afterEach, beforeEach, expect, inject } from 'vitest'

/** The seeded test chain, read and driven through anvil's own methods. */
export const anvilChain = () => createTestClient({ mode: 'anvil', transport: http(inject('chainUrl')) }).extend(publicActions)

/** Call data sent from one of anvil's accounts, no key needed. */
export type Send = { from: Address; to: Address; data: Hex }

/** Sends without mining: for several transactions meant to land in one block. */
export const sendUnmined = ({ from, to, data }: Send): Promise<Hex> => anvilChain().sendUnsignedTransaction({ from, to, data })

/** A transaction from one of anvil's accounts, mined at once (automine), required to succeed. */
export async function sendFrom(send: Send): Promise<Hex> {
  const hash = await sendUnmined(send)
  expect((await anvilChain().waitForTransactionReceipt({ hash })).status).toBe('success')
  return hash
}

/** Other test files share this chain and expect the pristine demo seed: each test's writes are undone after it. */
export function revertChainAfterEach() {
  let snapshot: Hex
  beforeEach(async () => {
    snapshot = await anvilChain().snapshot()
  })
  afterEach(async () => {
    await anvilChain().revert({ id: snapshot })
  })
}
