import type { Translate } from '../i18n/translate'
import type { Hex } from 'viem'
import { IDLE, txReducer, type TxEvent, type TxState } from './lifecycle'
import { findActionPending, savePending } from './pending-store'
import { preflight, type Refusal } from './preflight'
import { runWrite, settleWrite, type WriteDeps, type WriteOutcome } from './run-write'
import type { Step } from './steps'
import { actionSlot, getAction, unwatchHash, updateAction, watchHash } from './write-store'

export type RunOptions = {
  /** Checks that only reads can tell, made before the first prompt beside the simulations. */
  check?: (steps: Step[]) => Promise<Refusal | null>
  /**
   * Steps that do not depend on each other (revoking several agreements): each is simulated when its turn comes,
   * a failed one does not stop the next, and one already confirmed is not sent again. A rejection still stops
   * the rest: the user said no, the wallet does not open again.
   */
  independent?: boolean
}

/** How the action ended (null when it had nothing to send) and the newest hash the chain confirmed. */
export type ActionResult = { outcome: WriteOutcome | null; confirmed: Hex | null }

function dispatchStep(slot: string, index: number, event: TxEvent) {
  updateAction(slot, (current) => ({
    ...current,
    steps: current.steps.map((s, i) => (i === index ? { ...s, state: txReducer(s.state, event) } : s)),
  }))
}

function refusedState(refusal: Refusal, t: Translate): TxState {
  return txReducer(IDLE, { type: 'failed', message: t('tx.wouldFail', { message: refusal.message }), reason: refusal.reason })
}

/**
 * Runs an action's steps one after another, its progress in the write store under `action`: every step is
 * checked before the first prompt (see preflight) unless the steps are independent, each sent one is kept in the
 * pending store with the action's progress so far (a reload resumes it, see resumeAction), and a rejection
 * is quiet: the rejected step and those after it vanish, what the chain already confirmed stays in view.
 */
export async function runAction(deps: WriteDeps, action: string, steps: Step[], options: RunOptions = {}): Promise<ActionResult> {
  if (steps.length === 0) return { outcome: null, confirmed: null }
  const slot = actionSlot(deps.network.chainId, action)
  const before = getAction(slot).steps
  const done = (step: Step) =>
    options.independent ? before.find((s) => s.key === step.key && s.state.status === 'confirmed')?.state : undefined
  updateAction(slot, () => ({ running: true, steps: steps.map((s) => ({ label: s.label, key: s.key, state: done(s) ?? IDLE })) }))
  try {
    // A lone step is simulated by runWrite itself; several dependent ones, or one with read checks, are checked first.
    if (!options.independent && (steps.length > 1 || options.check)) {
      updateAction(slot, (c) => ({ ...c, steps: c.steps.map((s) => ({ ...s, state: txReducer(IDLE, { type: 'prepare' }) })) }))
      const check = options.check
      const refusal = await preflight(deps, steps.map((s) => s.request), check && (() => check(steps)))
      if (refusal) {
        updateAction(slot, (c) => ({ ...c, steps: c.steps.map((s, i) => ({ ...s, state: i === refusal.step ? refusedState(refusal, deps.t) : IDLE })) }))
        return { outcome: 'failed', confirmed: null }
      }
    }
    return await sendSteps(deps, slot, action, steps, options)
  } finally {
    updateAction(slot, (c) => ({ ...c, running: false }))
  }
}

async function sendSteps(deps: WriteDeps, slot: string, action: string, steps: Step[], options: RunOptions): Promise<ActionResult> {
  let outcome: WriteOutcome = 'confirmed'
  let confirmed: Hex | null = null
  for (const [i, step] of steps.entries()) {
    if (getAction(slot).steps[i]?.state.status === 'confirmed') continue
    let sent: Hex | null = null
    const emit = (event: TxEvent) => {
      if (event.type === 'submitted') {
        sent = event.hash
        watchHash(event.hash)
        // runWrite saved the bare hash; this entry adds what a reload needs to show the action's progress.
        const trail = getAction(slot).steps.slice(0, i).flatMap((s) => (s.state.status === 'confirmed' ? [{ label: s.label, key: s.key, hash: s.state.hash }] : []))
        savePending(deps.store, { hash: event.hash, chainId: deps.network.chainId, key: step.key, createdAt: Date.now(), action, label: step.label, trail })
      }
      if (event.type === 'confirmed') confirmed = event.hash
      dispatchStep(slot, i, event)
    }
    const result = await runWrite(deps, step.request, step.key, emit)
    if (sent) unwatchHash(sent)
    if (result !== 'confirmed') outcome = result
    if (result === 'rejected' || (result !== 'confirmed' && !options.independent)) break
  }
  if (outcome === 'rejected' && !options.independent) {
    updateAction(slot, (c) => ({ ...c, steps: c.steps.filter((s) => s.state.status === 'confirmed') }))
  }
  return { outcome, confirmed }
}

/**
 * Picks up the pending transaction of an action after a reload: shows the action's progress as it was (the steps
 * confirmed before it, then this one pending) and waits for its receipt. Null when nothing of this action is
 * pending, or when another caller already waits for it.
 */
export async function resumeAction(deps: WriteDeps, action: string): Promise<ActionResult | null> {
  const pending = findActionPending(deps.store, deps.network.chainId, action)
  if (!pending || !watchHash(pending.hash)) return null
  const slot = actionSlot(deps.network.chainId, action)
  const trail = pending.trail ?? []
  updateAction(slot, () => ({
    running: false,
    steps: [
      ...trail.map((t) => ({ label: t.label, key: t.key, state: { status: 'confirmed', hash: t.hash } as const })),
      { label: pending.label ?? '', key: pending.key, state: { status: 'pending', hash: pending.hash } as const },
    ],
  }))
  try {
    const outcome = await settleWrite(deps, pending.hash, (event) => dispatchStep(slot, trail.length, event))
    return { outcome, confirmed: outcome === 'confirmed' ? pending.hash : null }
  } finally {
    unwatchHash(pending.hash)
  }
}
