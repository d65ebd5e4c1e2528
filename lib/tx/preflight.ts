import { describeWriteError } from '../ocn/write-errors'
import type { WriteDeps, WriteRequest } from './run-write'
import { simulateWrite } from './simulate-write'

/** Why a multi-step write is refused before its first prompt, and at which step (0-based). */
export type Refusal = { step: number; message: string; reason?: string }

/**
 * Simulates every step of a multi-step write against the current state, all before the first wallet prompt, so
 * that the second transaction cannot revert after the first one changed the chain (a node left unlisted, a
 * party without modules). Plans only put steps together whose simulation on today's state is exact: the steps
 * before them do not touch what they check (see lib/writes/change-node-url.ts and set-party.ts). Public RPCs do not all support
 * eth_call state overrides (the OpenEthereum/Nethermind lineage of Energy Web Chain among them), so plain
 * eth_calls are the portable way. `extra` adds checks that need reads rather than a simulation.
 */
export async function preflight(
  deps: WriteDeps,
  requests: readonly WriteRequest[],
  extra?: () => Promise<Refusal | null>,
): Promise<Refusal | null> {
  const chainId = deps.network.chainId
  const simulations = requests.map(async (request, step): Promise<Refusal | null> => {
    try {
      await simulateWrite(deps.config, request, deps.account, chainId)
      return null
    } catch (error) {
      const failure = describeWriteError(error, deps.t)
      if (failure.kind === 'rejected') return null
      return { step, message: failure.message, reason: failure.kind === 'reverted' ? failure.reason : undefined }
    }
  })
  const reads = (extra ?? (async () => null))().catch((): Refusal => ({ step: 0, message: deps.t('tx.checksFailed') }))
  const refusals = await Promise.all([...simulations, reads])
  return refusals.filter((r) => r !== null).sort((a, b) => a.step - b.step)[0] ?? null
}
