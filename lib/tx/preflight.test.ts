import { enT } from '../i18n/testing'
import type { Address, Hex } from 'viem'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LOCAL_REGISTRY } from '../chain/networks'
import { anvilAddress } from '../devnet/accounts'
import { testChain, testWriteDeps } from '../devnet/test-write-deps'
import { changeNodeUrlAction } from '../writes/change-node-url'
import { setPartyAction } from '../writes/set-party'
import { registryAbi } from '../ocn/abi'
import { encodeWrite, type OcnWriteRequest, registryWrite } from '../ocn/calls'
import { preflight } from './preflight'

const NODE_8080 = anvilAddress(1)
const NODE_8081 = anvilAddress(2)
const DE_MSP = anvilAddress(7)
const OTHER_OPERATOR = anvilAddress(18)
const chain = testChain

const LOCAL = { registry: LOCAL_REGISTRY }

async function send(from: Address, request: OcnWriteRequest) {
  const hash = await chain().sendTransaction({ account: from, to: request.address, data: encodeWrite(request), chain: null })
  await chain().waitForTransactionReceipt({ hash })
}

/** Whether setNode(domain) by this operator would go through now. */
async function setNodeVerdict(operator: Address, domain: string): Promise<string> {
  try {
    await chain().simulateContract({ address: LOCAL_REGISTRY, abi: registryAbi, functionName: 'setNode', args: [domain], account: operator })
    return 'ok'
  } catch (error) {
    return (error as Error).message.includes('Domain name already registered.') ? 'reserved' : 'other'
  }
}

const getNode = (operator: Address) => chain().readContract({ address: LOCAL_REGISTRY, abi: registryAbi, functionName: 'getNode', args: [operator] })

let snapshot: Hex
beforeEach(async () => {
  snapshot = await chain().snapshot()
  // Listed, then changed in place: the first URL stays reserved without showing in any list.
  await send(OTHER_OPERATOR, registryWrite(LOCAL, 'setNode', ['http://reserved.example']))
  await send(OTHER_OPERATOR, registryWrite(LOCAL, 'setNode', ['http://other.example']))
})
afterEach(async () => {
  await chain().revert({ id: snapshot })
})

describe('checking a node URL change before the first prompt', () => {
  it("rests on a fact of the Registry: deleteNode changes setNode's verdict only for the node's own URL", async () => {
    const domains = ['http://free.example', 'http://localhost:8081', 'http://reserved.example', 'http://other.example']
    const before = await Promise.all([...domains, 'http://localhost:8080'].map((d) => setNodeVerdict(NODE_8080, d)))
    expect(before).toEqual(['ok', 'reserved', 'reserved', 'reserved', 'reserved'])
    const inner = await chain().snapshot()
    await send(NODE_8080, registryWrite(LOCAL, 'deleteNode', []))
    expect(await Promise.all([...domains, 'http://localhost:8080'].map((d) => setNodeVerdict(NODE_8080, d)))).toEqual([...before.slice(0, 4), 'ok'])
    await chain().revert({ id: inner })
  })

  it('refuses a URL reserved on chain at the setNode step, with the explained reason, sending nothing', async () => {
    const deps = testWriteDeps(NODE_8080)
    const block = await chain().getBlockNumber()
    const refusal = await preflight(deps, changeNodeUrlAction(deps.network, NODE_8080, 'http://localhost:8080', 'http://reserved.example', false, enT).steps.map((s) => s.request))
    expect(refusal).toEqual({
      step: 1,
      reason: 'Domain name already registered.',
      message: 'Another node already uses this URL (or once did: a node URL stays reserved forever on chain). Choose a different URL.',
    })
    expect(await chain().getBlockNumber()).toBe(block)
    expect(await getNode(NODE_8080)).toBe('http://localhost:8080')
  })

  it('lets a free URL through, and adds what only reads can tell', async () => {
    const deps = testWriteDeps(NODE_8080)
    const requests = changeNodeUrlAction(deps.network, NODE_8080, 'http://localhost:8080', 'http://free.example', false, enT).steps.map((s) => s.request)
    expect(await preflight(deps, requests)).toBeNull()
    expect(await preflight(deps, requests, async () => ({ step: 1, message: 'Taken in another spelling.' }))).toEqual({ step: 1, message: 'Taken in another spelling.' })
    expect(await preflight(deps, requests, () => Promise.reject(new Error('fetch failed')))).toEqual({
      step: 0,
      message: 'The network did not answer the checks made before signing. Nothing was sent; try again.',
    })
  })
})

describe('checking a party update and its modules before the first prompt', () => {
  const modules = { sender: [2, 6], receiver: [0, 3, 4, 5] }

  it('refuses credentials another address holds at the setParty step', async () => {
    const deps = testWriteDeps(DE_MSP)
    const plan = setPartyAction(deps.network, DE_MSP, { draft: { countryCode: 'CH', partyId: 'CPA', roles: [1], operator: NODE_8081 }, current: null, reapply: modules, nodes: [] }, enT).steps
    expect(plan).toHaveLength(2)
    expect(await preflight(deps, plan.map((s) => s.request))).toMatchObject({
      step: 0,
      reason: 'Party with country_code/party_id already registered under different address.',
    })
  })

  it('lets a valid update with its modules through', async () => {
    const deps = testWriteDeps(DE_MSP)
    const plan = setPartyAction(deps.network, DE_MSP, { draft: { countryCode: 'DE', partyId: 'MSP', roles: [0, 1], operator: NODE_8081 }, current: null, reapply: modules, nodes: [] }, enT).steps
    expect(await preflight(deps, plan.map((s) => s.request))).toBeNull()
  })
})
