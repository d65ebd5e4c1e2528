import { type Address, getAddress, numberToHex, parseEventLogs } from 'viem'
import { describe, expect, inject, it } from 'vitest'
import { LOCAL_PERMISSIONS } from '../chain/networks'
import { permissionsAbi } from '../ocn/abi'
import { seedBulkServices } from './bulk'
import { type AgreementAction, planAgreementEvents, seedAgreementEvents } from './bulk-agreements'
import { anvilChain, revertChainAfterEach } from './test-anvil'

const parties = Array.from({ length: 50 }, (_, i) => getAddress(numberToHex(i + 1, { size: 20 })))
const pair = ({ user, provider }: AgreementAction) => `${user}>${provider}`

describe('planAgreementEvents', () => {
  it('plans exactly the events asked for, the hot service first, never a party agreeing to itself', () => {
    const plan = planAgreementEvents(parties, 1_000, 6)
    const actions = plan.rounds.flat()
    expect(actions).toHaveLength(1_000)
    expect(plan.hot).toBe(parties[0])
    expect(actions.filter((a) => a.provider === plan.hot)).toHaveLength(6 * 49)
    expect(actions.filter((a) => a.user === a.provider)).toEqual([])
    for (const round of plan.rounds) expect(new Set(round.map((a) => a.user)).size).toBe(round.length)
  })

  it('alternates create and revoke per pair, starting with create, as the contract requires', () => {
    const state = new Map<string, boolean>()
    for (const action of planAgreementEvents(parties, 1_000).rounds.flat()) {
      expect(state.get(pair(action)) ?? false).toBe(action.action === 'revoke')
      state.set(pair(action), action.action === 'create')
    }
  })

  it('refuses more events than the parties can make without agreeing to themselves', () => {
    expect(() => planAgreementEvents(parties.slice(0, 3), 100)).toThrow(/more than 3 parties/)
    expect(() => planAgreementEvents(parties, 10, 3)).toThrow(/even/)
  })
})

describe('seedAgreementEvents', () => {
  revertChainAfterEach()

  it('lands every planned event on chain, and leaves the agreements the plan ends with', async () => {
    const url = inject('chainUrl')
    const chain = anvilChain()
    const from = await chain.getBlockNumber()
    const bulk = await seedBulkServices(url, 6)
    const plan = planAgreementEvents(bulk, 27, 2)
    await seedAgreementEvents(url, plan)

    const logs = await chain.getLogs({ address: LOCAL_PERMISSIONS, fromBlock: from + 1n, toBlock: 'latest' })
    const agreements = parseEventLogs({ abi: permissionsAbi, logs, eventName: 'ServiceAgreement' })
    expect(agreements).toHaveLength(27)

    const active = new Map<string, AgreementAction>()
    for (const action of plan.rounds.flat()) active.set(pair(action), action)
    for (const { user, provider, action } of active.values()) {
      const agreed = await chain.readContract({ address: LOCAL_PERMISSIONS, abi: permissionsAbi, functionName: 'hasUserAgreementByAddress', args: [user as Address, provider] })
      expect(agreed, `${user} with ${provider}`).toBe(action === 'create')
    }
  })
})
