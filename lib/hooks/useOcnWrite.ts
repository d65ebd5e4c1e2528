'use client'

import { useQueryClient } from '@tanstack/react-query'
import { useRouter } from 'next/navigation'
import { useCallback, useEffect, useReducer } from 'react'
import type { Hex } from 'viem'
import { type Network, networkKey } from '@/lib/chain/networks'
import { IDLE, txReducer } from '@/lib/tx/lifecycle'
import { findPending } from '@/lib/tx/pending-store'
import { announceWrite } from '@/lib/tx/announce-write'
import type { WriteDeps, WriteOutcome, WriteRequest } from '@/lib/tx/run-write'
import { useWallet } from './useWallet'

/** The write path (wagmi's actions, simulation, receipts) loads when a write starts, not with the page. */
const loadRunWrite = () => import('@/lib/tx/run-write')

export const WRITE_CODE_NOT_LOADED = 'Nothing was sent: the transaction code could not load. Check your connection and try again.'

/**
 * After our own confirmed transaction: fresh chain reads in the browser, the server told (it checks the receipt
 * itself, then drops its shared snapshot), and a fresh server render. `hash` is the newest transaction confirmed.
 */
export function useAfterConfirmed(network: Network) {
  const queryClient = useQueryClient()
  const router = useRouter()
  return useCallback(
    async (hash: Hex | null) => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: ['ocn', networkKey(network)] }), hash ? announceWrite(hash) : null])
      router.refresh()
    },
    [queryClient, router, network],
  )
}

export function useWriteDeps(network: Network): WriteDeps | null {
  const { connection, runtime } = useWallet()
  const { address, chainId } = connection
  // Writes happen in the browser only, once wagmi runs; the server render has no wallet storage.
  if (!address || !runtime || typeof window === 'undefined') return null
  return { config: runtime.config, network, account: address, walletChainId: chainId, store: localStorage }
}

/**
 * One on-chain action identified by `key` (e.g. agree:user:provider): its lifecycle state, and a pending
 * transaction for the same key picked up again after a reload.
 */
export function useOcnWrite(network: Network, key: string | null) {
  const [state, dispatch] = useReducer(txReducer, IDLE)
  const deps = useWriteDeps(network)
  const afterConfirmed = useAfterConfirmed(network)

  useEffect(() => {
    if (!key || !deps) return
    const pending = findPending(localStorage, network.chainId, key)
    if (!pending) return
    dispatch({ type: 'submitted', hash: pending.hash })
    void loadRunWrite().then(async ({ settleWrite }) => {
      const outcome = await settleWrite(deps, pending.hash, dispatch)
      if (outcome === 'confirmed') void afterConfirmed(pending.hash)
    })
    // Resume once per key, as soon as the wallet is known; deps is a new object on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, network.chainId, deps === null])

  const write = useCallback(
    async (request: WriteRequest): Promise<WriteOutcome | null> => {
      if (!deps || !key) return null
      const code = await loadRunWrite().catch(() => null)
      if (!code) {
        dispatch({ type: 'failed', message: WRITE_CODE_NOT_LOADED })
        return 'failed'
      }
      let confirmed = null as Hex | null
      const outcome = await code.runWrite(deps, request, key, (event) => {
        if (event.type === 'confirmed') confirmed = event.hash
        dispatch(event)
      })
      if (outcome === 'confirmed') await afterConfirmed(confirmed)
      return outcome
    },
    [deps, key, afterConfirmed],
  )

  return { state, write, reset: () => dispatch({ type: 'reset' }) }
}
