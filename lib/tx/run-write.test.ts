import { encodeFunctionData, type Hex } from 'viem'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LOCAL_PERMISSIONS } from '../chain/networks'
import { anvilAddress } from '../devnet/accounts'
import { testChain, testWriteDeps } from '../devnet/test-write-deps'
import { permissionsAbi } from '../ocn/abi'
import { type TxEvent, txReducer } from './lifecycle'
import { findPending, savePending } from './pending-store'
import { settleWrite, type WriteDeps } from './run-write'

const DE_MSP = anvilAddress(7)
const NO_IDENTITY = anvilAddress(19)
const BILLING = anvilAddress(9)
const SMART_CHARGING = anvilAddress(12)

const chain = testChain
const deps = () => testWriteDeps(DE_MSP)

/** Sent with a fixed gas limit, so the node mines it even though it reverts. */
async function sendAgreement(from: typeof DE_MSP, provider: typeof BILLING): Promise<Hex> {
  const data = encodeFunctionData({ abi: permissionsAbi, functionName: 'createAgreement', args: [provider] })
  return chain().sendTransaction({ account: from, to: LOCAL_PERMISSIONS, data, gas: 300_000n, chain: null })
}

async function settle(d: WriteDeps, hash: Hex) {
  const events: TxEvent[] = []
  savePending(d.store, { hash, chainId: d.network.chainId, key: 'agree:test', createdAt: Date.now() })
  const outcome = await settleWrite(d, hash, (e) => events.push(e))
  return { outcome, state: events.reduce(txReducer, { status: 'pending', hash } as const), events }
}

let snapshot: Hex
beforeEach(async () => {
  snapshot = await chain().snapshot()
})
afterEach(async () => {
  await chain().revert({ id: snapshot })
})

describe('settling a sent transaction', () => {
  it('reports a mined but reverted transaction as reverted, with the contract reason, and clears it from pending', async () => {
    const d = deps()
    const hash = await sendAgreement(NO_IDENTITY, BILLING)
    const { outcome, state } = await settle(d, hash)
    expect(outcome).toBe('reverted')
    expect(state).toEqual({
      status: 'reverted',
      hash,
      reason: 'Service user has no party listing in Registry.',
      message: expect.stringMatching(/^The transaction was mined but reverted: nothing changed on chain except the network fee\. This account is not a listed OCN party/),
    })
    expect(findPending(d.store, d.network.chainId, 'agree:test')).toBeNull()
  })

  it('finds the reason of a revert caused by an earlier transaction of the same block', async () => {
    const d = deps()
    await chain().setAutomine(false)
    try {
      const first = await sendAgreement(DE_MSP, SMART_CHARGING)
      const second = await sendAgreement(DE_MSP, SMART_CHARGING)
      await chain().mine({ blocks: 1 })
      expect((await settle(d, first)).outcome).toBe('confirmed')
      const { outcome, state } = await settle(d, second)
      expect(outcome).toBe('reverted')
      expect(state).toMatchObject({ status: 'reverted', reason: 'Agreement already made between user and provider.' })
    } finally {
      await chain().setAutomine(true)
    }
  })

  it('confirms a successful transaction and clears it from pending', async () => {
    const d = deps()
    const hash = await sendAgreement(DE_MSP, SMART_CHARGING)
    const { outcome, state } = await settle(d, hash)
    expect(outcome).toBe('confirmed')
    expect(state).toEqual({ status: 'confirmed', hash })
    expect(findPending(d.store, d.network.chainId, 'agree:test')).toBeNull()
  })
})
