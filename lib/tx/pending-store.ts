import type { Hex } from 'viem'

/**
 * Transactions sent but not yet mined, kept in localStorage so that a reload during "pending" picks the same
 * transaction up again and still resolves it. `action` is the action the step belongs to (its own key when
 * absent), `label` the step's, `trail` that action's steps up to this one, the earlier ones with the hash that confirmed them, so the
 * progress shown after a reload is the one shown before it.
 */
export type PendingTx = {
  hash: Hex
  chainId: number
  key: string
  createdAt: number
  action?: string
  label?: string
  trail?: { label: string; key: string; hash: Hex }[]
}

const STORAGE_KEY = 'ocn-marketplace:pending-tx'
/** A transaction unseen for a day was dropped or replaced: stop waiting for it. */
const MAX_AGE_MS = 24 * 60 * 60 * 1_000

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>

function read(store: KeyValueStore): PendingTx[] {
  try {
    const parsed = JSON.parse(store.getItem(STORAGE_KEY) ?? '[]')
    return Array.isArray(parsed) ? parsed : []
  } catch {
    return []
  }
}

function write(store: KeyValueStore, items: PendingTx[]) {
  store.setItem(STORAGE_KEY, JSON.stringify(items))
}

export function savePending(store: KeyValueStore, tx: PendingTx): void {
  write(store, [...read(store).filter((item) => item.key !== tx.key || item.chainId !== tx.chainId), tx])
}

export function findPending(store: KeyValueStore, chainId: number, key: string, now = Date.now()): PendingTx | null {
  return read(store).find((item) => item.chainId === chainId && item.key === key && now - item.createdAt < MAX_AGE_MS) ?? null
}

/** The newest pending transaction of an action, whichever of its steps it is. */
export function findActionPending(store: KeyValueStore, chainId: number, action: string, now = Date.now()): PendingTx | null {
  const fresh = read(store).filter((item) => item.chainId === chainId && (item.action ?? item.key) === action && now - item.createdAt < MAX_AGE_MS)
  return fresh.sort((a, b) => b.createdAt - a.createdAt)[0] ?? null
}

export function clearPending(store: KeyValueStore, hash: Hex): void {
  write(store, read(store).filter((item) => item.hash !== hash))
}
