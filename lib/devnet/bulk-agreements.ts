/**
 * Bulk agreement history for the benchmark: thousands of ServiceAgreement events between listed bulk parties
 * (lib/devnet/bulk.ts), sent as JSON-RPC batches into few blocks. The contract allows a create only where no
 * agreement is active and a revoke only where one is, so the plan alternates per (user, provider) pair.
 */
import { type Address, encodeFunctionData } from 'viem'
import { LOCAL_PERMISSIONS } from '../chain/networks'
import { permissionsAbi } from '../ocn/abi'
import { BLOCK_GAS_LIMIT, mineAll, rpc, rpcBatch, sendTransaction } from './bulk'

export type AgreementAction = { user: Address; provider: Address; action: 'create' | 'revoke' }

export type AgreementPlan = {
  /** The service most agreed to: each user agrees to it and revokes, `hotRounds / 2` times. */
  hot: Address
  /** Rounds in order; within a round every user acts at most once, so no two actions of one sender race. */
  rounds: AgreementAction[][]
}

/**
 * `events` agreement events among `parties` (all listed, each with a service): first `hotRounds` rounds of every
 * other party agreeing to and revoking the first party's service (its history is the long one), then pairs of
 * rounds in which each party agrees to a neighbour's service and revokes; the last round may be partial.
 */
export function planAgreementEvents(parties: readonly Address[], events: number, hotRounds = 6): AgreementPlan {
  if (hotRounds % 2 !== 0) throw new RangeError('hotRounds must be even: every hot agreement ends revoked.')
  if (parties.length < 3) throw new RangeError('At least 3 parties are needed: a hot provider and two users.')
  const [hot, ...users] = parties
  const rounds: AgreementAction[][] = []
  let left = events
  for (let k = 0; left > 0; k++) {
    const neighbour = Math.floor((k - hotRounds) / 2)
    if (k >= hotRounds && neighbour + 1 >= users.length) throw new RangeError(`${events} events need more than ${parties.length} parties.`)
    const create = (k < hotRounds ? k : k - hotRounds) % 2 === 0
    const round = users.slice(0, Math.min(users.length, left)).map((user, i): AgreementAction => ({
      user,
      provider: k < hotRounds ? hot : users[(i + 1 + neighbour) % users.length],
      action: create ? 'create' : 'revoke',
    }))
    rounds.push(round)
    left -= round.length
  }
  return { hot, rounds }
}

/** createAgreement costs about 95k gas the first time a pair agrees and revokeAgreement less; 150k leaves room. */
const GAS_PER_AGREEMENT = 150_000n
const PER_BLOCK = Number(BLOCK_GAS_LIMIT / GAS_PER_AGREEMENT)

function agreementTx({ user, provider, action }: AgreementAction) {
  const functionName = action === 'create' ? 'createAgreement' : 'revokeAgreement'
  const data = encodeFunctionData({ abi: permissionsAbi, functionName, args: [provider] })
  return sendTransaction(user, LOCAL_PERMISSIONS, data, GAS_PER_AGREEMENT)
}

/** Sends the plan round by round (automine off meanwhile); any reverted transaction fails the seed. */
export async function seedAgreementEvents(url: string, plan: AgreementPlan): Promise<void> {
  const senders = [...new Set(plan.rounds.flat().map((action) => action.user))]
  // bulk parties are impersonated when seeded; again here, so the seed also works on a chain restarted from state.
  await rpcBatch(url, senders.map((address) => ({ method: 'anvil_impersonateAccount', params: [address] })))
  const automine = (await rpc(url, 'anvil_getAutomine')) as boolean
  await rpc(url, 'evm_setAutomine', [false])
  try {
    for (const round of plan.rounds) await mineAll(url, round.map(agreementTx), PER_BLOCK)
  } finally {
    await rpc(url, 'evm_setAutomine', [automine])
  }
}
