'use client'

import { useTranslations } from 'next-intl'
import { useQueryClient } from '@tanstack/react-query'
import { useRouter } from 'next/navigation'
import { useCallback, useEffect, useSyncExternalStore } from 'react'
import type { Address, Hex } from 'viem'
import { type Network, networkKey } from '@/lib/chain/networks'
import { announceWrite } from '@/lib/tx/announce-write'
import { IDLE, txReducer } from '@/lib/tx/lifecycle'
import { findActionPending } from '@/lib/tx/pending-store'
import type { ActionResult, RunOptions } from '@/lib/tx/run-action'
import type { WriteDeps, WriteOutcome } from '@/lib/tx/run-write'
import type { Step } from '@/lib/tx/steps'
import { actionSlot, getAction, isActionBusy, NO_ACTION, subscribeAction, updateAction } from '@/lib/tx/write-store'
import { useWallet } from './useWallet'

/** The write path (wagmi's actions, simulation, receipts) loads when a write starts or resumes, not with the page. */
const loadRunner = () => import('@/lib/tx/run-action')

const WRITE_CODE_NOT_LOADED = 'Nothing was sent: the transaction code could not load. Check your connection and try again.'

/**
 * After our own confirmed transaction: fresh chain reads in the browser, the server told (it checks the receipt
 * itself, then drops its shared snapshot), and a fresh server render. `hash` is the newest transaction confirmed.
 */
function useAfterConfirmed(network: Network) {
  const queryClient = useQueryClient()
  const router = useRouter()
  return useCallback(
    async (hash: Hex) => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: ['ocn', networkKey(network)] }), announceWrite(hash)])
      router.refresh()
    },
    [queryClient, router, network],
  )
}

function useWriteDeps(network: Network): WriteDeps | null {
  const { connection, runtime } = useWallet()
  const t = useTranslations()
  const { address, chainId } = connection
  // Writes happen in the browser only, once wagmi runs; the server render has no wallet storage.
  if (!address || !runtime || typeof window === 'undefined') return null
  return { config: runtime.config, network, account: address, walletChainId: chainId, store: localStorage, t }
}

const noSubscription = () => () => {}

export type ActionRun = RunOptions & {
  /** The account the user reviewed the action with, when it is not simply the one connected now. */
  account?: Address
}

/**
 * One on-chain action identified by `action` (e.g. agree:user:provider, revoke:user, identity:node:account): its
 * steps' progress from the shared write store, the same wherever the action is shown, and its pending
 * transaction picked up again after a reload. `run` takes the steps, or a loader of them so that the contract
 * calls' code is not part of the page's first load. The data a confirmed write changed is refreshed once per run;
 * nothing is refreshed when nothing was confirmed.
 */
export function useWriteAction(network: Network, action: string | null) {
  const deps = useWriteDeps(network)
  const afterConfirmed = useAfterConfirmed(network)
  const slot = action ? actionSlot(network.chainId, action) : null
  const state = useSyncExternalStore(
    slot ? (listener) => subscribeAction(slot, listener) : noSubscription,
    () => (slot ? getAction(slot) : NO_ACTION),
    () => NO_ACTION,
  )

  useEffect(() => {
    // The write code loads only when something of this action is pending: a page with nothing to resume stays light.
    if (!action || !deps || !findActionPending(localStorage, network.chainId, action)) return
    void loadRunner()
      .then(({ resumeAction }) => resumeAction(deps, action))
      .then((result) => result?.confirmed && afterConfirmed(result.confirmed))
      // Offline while loading the write code: the transaction stays pending in storage for the next visit.
      .catch(() => undefined)
    // Resume once per action, as soon as the wallet is known; deps is a new object on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [action, network.chainId, deps === null])

  const run = useCallback(
    async (plan: Step[] | (() => Promise<Step[]>), options: ActionRun = {}): Promise<WriteOutcome | null> => {
      if (!deps || !action || !slot) return null
      updateAction(slot, (current) => ({ ...current, running: true }))
      const loaded = await Promise.all([typeof plan === 'function' ? plan() : plan, loadRunner()]).catch(() => null)
      if (!loaded) {
        const failed = txReducer(IDLE, { type: 'failed', message: WRITE_CODE_NOT_LOADED })
        updateAction(slot, () => ({ running: false, steps: [{ label: 'Prepare the transaction', key: action, state: failed }] }))
        return 'failed'
      }
      const [steps, { runAction }] = loaded
      let result: ActionResult = { outcome: null, confirmed: null }
      try {
        result = await runAction({ ...deps, account: options.account ?? deps.account }, action, steps, options)
      } finally {
        updateAction(slot, (current) => ({ ...current, running: false }))
      }
      if (result.confirmed) await afterConfirmed(result.confirmed)
      return result.outcome
    },
    [deps, action, slot, afterConfirmed],
  )

  const reset = useCallback(() => {
    if (slot && !isActionBusy(getAction(slot))) updateAction(slot, () => NO_ACTION)
  }, [slot])

  const last = state.steps.at(-1)
  return {
    steps: state.steps,
    /** The newest step's state: for a one-step action, the action's. */
    state: last ? last.state : IDLE,
    busy: isActionBusy(state),
    ready: deps !== null,
    run,
    reset,
  }
}
