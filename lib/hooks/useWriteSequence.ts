'use client'

import { useCallback, useState } from 'react'
import type { Hex } from 'viem'
import type { Network } from '@/lib/chain/networks'
import { IDLE, isBusy, txReducer, type TxEvent, type TxState } from '@/lib/tx/lifecycle'
import type { Refusal } from '@/lib/tx/preflight'
import type { WriteOutcome, WriteRequest } from '@/lib/tx/run-write'
import { useAfterConfirmed, useWriteDeps, WRITE_CODE_NOT_LOADED } from './useOcnWrite'

export type Step = { label: string; request: WriteRequest; key: string }
export type StepState = { label: string; state: TxState }

/**
 * Several writes that belong together (delete then set a node URL, a party then its modules), signed one
 * after another; a rejection or a failure stops the rest. Each step's progress stays visible. Every step is
 * checked before the first prompt (see preflight), with `check` for what only reads can tell. `plan` builds the
 * steps when the user acts, so the contract calls' code is not part of the page's first load.
 */
export function useWriteSequence(network: Network) {
  const deps = useWriteDeps(network)
  const afterConfirmed = useAfterConfirmed(network)
  const [steps, setSteps] = useState<StepState[]>([])
  const [running, setRunning] = useState(false)

  const run = useCallback(
    async (plan: () => Promise<Step[]>, check?: (sequence: Step[]) => Promise<Refusal | null>): Promise<WriteOutcome | null> => {
      if (!deps) return null
      setRunning(true)
      // The plan (contract calls as data) and the write path load when the user acts, not with the editor.
      const loaded = await Promise.all([plan(), import('@/lib/tx/preflight'), import('@/lib/tx/run-write')]).catch(() => null)
      if (!loaded) {
        setSteps([{ label: 'Prepare the transaction', state: txReducer(IDLE, { type: 'failed', message: WRITE_CODE_NOT_LOADED }) }])
        setRunning(false)
        return 'failed'
      }
      const [sequence, { preflight }, { runWrite }] = loaded
      if (sequence.length === 0) {
        setRunning(false)
        return null
      }
      setSteps(sequence.map((s) => ({ label: s.label, state: IDLE })))
      // A lone step is simulated by runWrite itself; a plan of several, or one with read checks, is checked first.
      if (sequence.length > 1 || check) {
        setSteps(sequence.map((s) => ({ label: s.label, state: txReducer(IDLE, { type: 'prepare' }) })))
        const refusal = await preflight(deps, sequence.map((s) => s.request), check && (() => check(sequence)))
        if (refusal) {
          setSteps(sequence.map((s, i) => ({ label: s.label, state: i === refusal.step ? refusedState(refusal) : IDLE })))
          setRunning(false)
          return 'failed'
        }
      }
      let outcome: WriteOutcome = 'confirmed'
      let confirmed = null as Hex | null
      for (const [i, step] of sequence.entries()) {
        const emit = (event: TxEvent) => {
          if (event.type === 'confirmed') confirmed = event.hash
          setSteps((current) => current.map((s, j) => (j === i ? { ...s, state: txReducer(s.state, event) } : s)))
        }
        outcome = await runWrite(deps, step.request, step.key, emit)
        if (outcome !== 'confirmed') break
      }
      setRunning(false)
      // A rejection is quiet: its step and those after it vanish, what the chain already confirmed stays in view.
      if (outcome === 'rejected') setSteps((current) => current.filter((s) => s.state.status === 'confirmed'))
      await afterConfirmed(confirmed)
      return outcome
    },
    [deps, afterConfirmed],
  )

  const busy = running || steps.some((s) => isBusy(s.state))
  return { steps, run, busy, ready: deps !== null, reset: () => setSteps([]) }
}

function refusedState(refusal: Refusal): TxState {
  return txReducer(IDLE, { type: 'failed', message: `Nothing was sent: this step would fail. ${refusal.message}`, reason: refusal.reason })
}
