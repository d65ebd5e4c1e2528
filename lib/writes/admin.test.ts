import { enT } from '../i18n/testing'
import type { Address } from 'viem'
import { describe, expect, it } from 'vitest'
import { NETWORKS } from '../chain/networks'
import { anvilAddress } from '../devnet/accounts'
import { DEMO_ACCOUNT } from '../devnet/demo-network'
import { anvilChain, revertChainAfterEach, sendFrom, sendUnmined } from '../devnet/test-anvil'
import { testReadContext } from '../devnet/test-context'
import { encodeWrite, permissionsRead } from '../ocn/calls'
import { formatCredentials } from '../ocn/codecs'
import { type Party, readNodes, readOwner, readParties, readServices } from '../ocn/reads'
import { setNodeRequest } from '../ocn/writes'
import type { WriteAction } from './action'
import { adminDeleteNodeAction } from './admin-delete-node'
import { adminDeletePartyAction } from './admin-delete-party'
import { transferOwnershipAction } from './admin-transfer'

/** The builders of the Registry owner's desk, and what their steps do to the seeded chain when the owner sends them. */

const network = NETWORKS.local
const OWNER = anvilAddress(DEMO_ACCOUNT.DEPLOYER)
const NODE_1 = anvilAddress(DEMO_ACCOUNT.NODE_1)
const DE_MSP = anvilAddress(DEMO_ACCOUNT.DE_MSP)
const DE_BIL = anvilAddress(DEMO_ACCOUNT.DE_BIL)

const calls = (action: WriteAction) => action.steps.map((s) => [s.request.address, s.request.functionName, ...s.request.args])

async function sendSteps(from: Address, action: WriteAction) {
  for (const step of action.steps) await sendFrom({ from, to: step.request.address, data: encodeWrite(step.request) })
}

async function partyOf(address: Address): Promise<Party> {
  const party = (await readParties(testReadContext())).find((p) => p.address === address)
  if (!party) throw new Error(`${address} is not listed in the seed`)
  return party
}

describe("the Registry owner's desk", () => {
  revertChainAfterEach()

  it('removes a party by its credentials: listing gone, its service and agreements untouched', async () => {
    const ctx = testReadContext()
    const billing = await partyOf(DE_BIL)
    const action = adminDeletePartyAction(network, OWNER, billing, { name: 'Roaming Billing & Invoicing' }, '  Key lost, ticket #42 ', enT)
    expect(calls(action)).toEqual([[network.registry, 'adminDeleteParty', '0x4445', '0x42494c']])
    expect(action.summary.title).toBe('Remove the party DE*BIL from the Registry')
    expect(action.summary.changes).toContain('Reason given: "Key lost, ticket #42" (shown here and in the confirmation; the contract takes no reason, so it is not on chain).')
    expect(action.summary.dataFlow[1]).toContain('"Roaming Billing & Invoicing" stops being deliverable')
    expect(action.summary.notDone.join(' ')).toContain('does not delete its service or any agreement')

    await sendSteps(OWNER, action)
    expect((await readParties(ctx)).map((p) => p.address)).not.toContain(DE_BIL)
    // The Permissions contract keeps the service; it reads the provider's credentials live, now empty.
    expect((await readServices(ctx)).find((s) => s.provider === DE_BIL)?.party).toBeNull()
    expect(await ctx.client.readContract(permissionsRead(ctx, 'hasUserAgreementByAddress', [DE_MSP, DE_BIL]))).toBe(true)
  })

  it('removes a node: unlisted and released, its parties still pointing at it', async () => {
    const ctx = testReadContext()
    const node = (await readNodes(ctx)).find((n) => n.operator === NODE_1)
    if (!node) throw new Error('node 1 is not listed in the seed')
    const parties = (await readParties(ctx)).filter((p) => p.operator === NODE_1)
    const providers = parties.filter((p) => p.address === DE_BIL)
    const action = adminDeleteNodeAction(network, OWNER, node, parties, providers, 'Operator gone', enT)
    expect(calls(action)).toEqual([[network.registry, 'adminDeleteOperator', NODE_1]])
    expect(action.summary.dataFlow[0]).toMatch(new RegExp(`^The ${parties.length} parties on this node \\(CH\\*CPA, CH\\*CPB, DE\\*MSP, DE\\*BIL, GB\\*SCS and ${parties.length - 5} more\\)`))
    expect(action.summary.dataFlow[1]).toContain('(DE*BIL)')

    await sendSteps(OWNER, action)
    expect((await readNodes(ctx)).map((n) => n.operator)).not.toContain(NODE_1)
    const after = (await readParties(ctx)).filter((p) => p.operator === NODE_1)
    expect(after.map(formatCredentials)).toEqual(parties.map(formatCredentials))
    expect(after.every((p) => p.nodeDomain === '')).toBe(true)
    // Released: another account may list the same URL now.
    await sendFrom({ from: anvilAddress(DEMO_ACCOUNT.FRESH), to: network.registry, data: encodeWrite(setNodeRequest(network, node.domain)) })
    expect((await readNodes(ctx)).find((n) => n.domain === node.domain)?.operator).toBe(anvilAddress(DEMO_ACCOUNT.FRESH))
  })

  it('hands the Registry over, after which the old owner can remove nothing', async () => {
    const ctx = testReadContext()
    const action = transferOwnershipAction(network, OWNER, NODE_1, ['a warning'], enT)
    expect(calls(action)).toEqual([[network.registry, 'transferOwnership', NODE_1]])
    expect(action.summary.changes).toContain('a warning')
    expect(action.summary.notDone.join(' ')).toContain('does not renounce ownership')

    await sendSteps(OWNER, action)
    expect(await readOwner(ctx)).toBe(NODE_1)
    const again = adminDeletePartyAction(network, OWNER, await partyOf(DE_MSP), null, 'too late', enT)
    const hash = await sendUnmined({ from: OWNER, to: network.registry, data: encodeWrite(again.steps[0].request) })
    expect((await anvilChain().waitForTransactionReceipt({ hash })).status).toBe('reverted')
    expect((await readParties(ctx)).map((p) => p.address)).toContain(DE_MSP)
  })

  it('is refused to anyone but the owner', async () => {
    const action = adminDeletePartyAction(network, DE_MSP, await partyOf(DE_BIL), null, 'not mine', enT)
    const hash = await sendUnmined({ from: DE_MSP, to: network.registry, data: encodeWrite(action.steps[0].request) })
    expect((await anvilChain().waitForTransactionReceipt({ hash })).status).toBe('reverted')
    expect((await readParties(testReadContext())).map((p) => p.address)).toContain(DE_BIL)
  })
})
