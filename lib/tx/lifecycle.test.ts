import { describe, expect, it } from 'vitest'
import { IDLE, isBusy, type TxEvent, txReducer, type TxState } from './lifecycle'
import { clearPending, findPending, savePending } from './pending-store'

const run = (events: TxEvent[], start: TxState = IDLE) => events.reduce(txReducer, start)

describe('transaction lifecycle', () => {
  it('goes preparing -> awaiting signature -> pending -> confirmed', () => {
    expect(run([{ type: 'prepare' }])).toEqual({ status: 'preparing' })
    expect(run([{ type: 'prepare' }, { type: 'prepared' }])).toEqual({ status: 'awaiting-signature' })
    expect(run([{ type: 'prepare' }, { type: 'prepared' }, { type: 'submitted', hash: '0xab' }])).toEqual({ status: 'pending', hash: '0xab' })
    expect(run([{ type: 'prepare' }, { type: 'prepared' }, { type: 'submitted', hash: '0xab' }, { type: 'confirmed', hash: '0xab' }])).toEqual({
      status: 'confirmed',
      hash: '0xab',
    })
  })

  it('resets quietly when the user rejects in the wallet', () => {
    expect(run([{ type: 'prepare' }, { type: 'prepared' }, { type: 'rejected' }])).toEqual(IDLE)
  })

  it('keeps a pending transaction through stray events; only its own receipt confirms it', () => {
    const pending: TxState = { status: 'pending', hash: '0xab' }
    expect(run([{ type: 'reset' }, { type: 'prepare' }, { type: 'rejected' }], pending)).toEqual(pending)
    expect(run([{ type: 'confirmed', hash: '0xcd' }], pending)).toEqual(pending)
  })

  it('reports failures with their message, and knows when it is busy', () => {
    const failed = run([{ type: 'prepare' }, { type: 'failed', message: 'The provider has withdrawn this service.' }])
    expect(failed).toEqual({ status: 'failed', message: 'The provider has withdrawn this service.', reason: undefined, hash: undefined })
    expect(isBusy(failed)).toBe(false)
    expect(isBusy({ status: 'pending', hash: '0x1' })).toBe(true)
    expect(isBusy({ status: 'awaiting-signature' })).toBe(true)
  })

  it('tells a mined revert apart from a failure before sending, keeping its hash', () => {
    const reverted = run([{ type: 'reverted', hash: '0xab', message: 'Mined but reverted.', reason: 'No permissions given.' }], { status: 'pending', hash: '0xab' })
    expect(reverted).toEqual({ status: 'reverted', hash: '0xab', message: 'Mined but reverted.', reason: 'No permissions given.' })
    expect(isBusy(reverted)).toBe(false)
  })
})

function memoryStore() {
  const data = new Map<string, string>()
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) }
}

describe('pending transactions store', () => {
  it('finds a pending transaction by chain and key until it is cleared', () => {
    const store = memoryStore()
    savePending(store, { hash: '0xaa', chainId: 31337, key: 'agree:0x1:0x2', createdAt: 1_000 })
    expect(findPending(store, 31337, 'agree:0x1:0x2', 2_000)?.hash).toBe('0xaa')
    expect(findPending(store, 246, 'agree:0x1:0x2', 2_000)).toBeNull()
    clearPending(store, '0xaa')
    expect(findPending(store, 31337, 'agree:0x1:0x2', 2_000)).toBeNull()
  })

  it('replaces an older entry for the same action and forgets entries older than a day', () => {
    const store = memoryStore()
    savePending(store, { hash: '0xaa', chainId: 1, key: 'k', createdAt: 0 })
    savePending(store, { hash: '0xbb', chainId: 1, key: 'k', createdAt: 10 })
    expect(findPending(store, 1, 'k', 20)?.hash).toBe('0xbb')
    expect(findPending(store, 1, 'k', 10 + 25 * 60 * 60 * 1_000)).toBeNull()
  })

  it('survives a corrupted store', () => {
    const store = memoryStore()
    store.setItem('ocn-marketplace:pending-tx', '{not json')
    expect(findPending(store, 1, 'k')).toBeNull()
  })
})
