import { enT } from '../i18n/testing'
import { encodeFunctionData, type Hex } from 'viem'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { LOCAL_PERMISSIONS, LOCAL_REGISTRY } from '../chain/networks'
import { anvilAddress } from '../devnet/accounts'
import { connectedWriteDeps, OTHER_CHAIN_ID } from '../devnet/test-wallet-connector'
import { testChain } from '../devnet/test-write-deps'
import { changeNodeUrlAction } from '../writes/change-node-url'
import { permissionsAbi, registryAbi } from '../ocn/abi'
import { agreementRequest } from '../ocn/writes'
import type { WriteDeps } from './run-write'
import { findActionPending } from './pending-store'
import { runAction } from './run-action'
import type { Step } from './steps'
import { actionSlot, getAction } from './write-store'
import { agreementKey } from './action-keys'

const DE_MSP = anvilAddress(7)
const NODE_8080 = anvilAddress(1)
const NO_IDENTITY = anvilAddress(19)
const SMART_CHARGING = anvilAddress(12)
const chain = testChain

const hasAgreement = (user: typeof DE_MSP, provider: typeof DE_MSP) =>
  chain().readContract({ address: LOCAL_PERMISSIONS, abi: permissionsAbi, functionName: 'hasUserAgreementByAddress', args: [user, provider] })

function agreeSteps(deps: WriteDeps, user = deps.account): Step[] {
  return [{ label: 'Agree', request: agreementRequest(deps.network, 'createAgreement', SMART_CHARGING), key: agreementKey('agree', user, SMART_CHARGING) }]
}

const stepsOf = (deps: WriteDeps, action: string) => getAction(actionSlot(deps.network.chainId, action)).steps
const sentBy = (requests: string[]) => requests.filter((m) => m === 'eth_sendTransaction').length

/** Resolves once the action's given step shows a pending hash in the store, as the page would show it. */
async function untilPending(deps: WriteDeps, action: string, step: number): Promise<Hex> {
  await vi.waitFor(() => expect(stepsOf(deps, action)[step]?.state.status).toBe('pending'), { timeout: 10_000, interval: 50 })
  const state = stepsOf(deps, action)[step].state
  if (state.status !== 'pending') throw new Error('not pending')
  return state.hash
}

let snapshot: Hex
beforeEach(async () => {
  snapshot = await chain().snapshot()
})
afterEach(async () => {
  await chain().setAutomine(true)
  await chain().revert({ id: snapshot })
})

describe('running an action through the write store', () => {
  it('switches a wallet on another network first, then signs and confirms on the receipt', async () => {
    const { deps, wallet } = await connectedWriteDeps(DE_MSP, { walletChainId: OTHER_CHAIN_ID })
    const result = await runAction(deps, 'agree:switch', agreeSteps(deps))
    expect(wallet.requests).toContain('wallet_switchEthereumChain')
    expect(wallet.chainId).toBe(deps.network.chainId)
    expect(result.outcome).toBe('confirmed')
    expect(stepsOf(deps, 'agree:switch')).toEqual([{ label: 'Agree', key: agreeSteps(deps)[0].key, state: { status: 'confirmed', hash: result.confirmed } }])
    expect(await hasAgreement(DE_MSP, SMART_CHARGING)).toBe(true)
    expect(findActionPending(deps.store, deps.network.chainId, 'agree:switch')).toBeNull()
  })

  it('explains a revert found by the simulation, and never opens the wallet', async () => {
    const { deps, wallet } = await connectedWriteDeps(NO_IDENTITY)
    const block = await chain().getBlockNumber()
    const result = await runAction(deps, 'agree:no-identity', agreeSteps(deps))
    expect(result).toEqual({ outcome: 'failed', confirmed: null })
    expect(stepsOf(deps, 'agree:no-identity')[0].state).toMatchObject({ status: 'failed', reason: 'Service user has no party listing in Registry.' })
    expect(sentBy(wallet.requests)).toBe(0)
    expect(await chain().getBlockNumber()).toBe(block)
  })

  it('goes quiet when the user rejects: no step left in view, nothing sent or kept pending', async () => {
    const { deps, wallet, reject } = await connectedWriteDeps(DE_MSP)
    reject('eth_sendTransaction')
    const result = await runAction(deps, 'agree:reject', agreeSteps(deps))
    expect(result).toEqual({ outcome: 'rejected', confirmed: null })
    expect(wallet.requests).toContain('eth_sendTransaction')
    expect(stepsOf(deps, 'agree:reject')).toEqual([])
    expect(findActionPending(deps.store, deps.network.chainId, 'agree:reject')).toBeNull()
    expect(await hasAgreement(DE_MSP, SMART_CHARGING)).toBe(false)
  })

  it('reports a transaction mined after another one changed the state as reverted, with the reason', async () => {
    const { deps } = await connectedWriteDeps(DE_MSP)
    await chain().setAutomine(false)
    const running = runAction(deps, 'agree:overtaken', agreeSteps(deps))
    const hash = await untilPending(deps, 'agree:overtaken', 0)
    // The provider withdraws its service first in the same block (a higher tip is mined first).
    const withdraw = encodeFunctionData({ abi: permissionsAbi, functionName: 'deleteService' })
    await chain().sendTransaction({ account: SMART_CHARGING, to: LOCAL_PERMISSIONS, data: withdraw, maxFeePerGas: 100_000_000_000n, maxPriorityFeePerGas: 50_000_000_000n, chain: null })
    await chain().mine({ blocks: 1 })
    expect(await running).toEqual({ outcome: 'reverted', confirmed: null })
    expect(stepsOf(deps, 'agree:overtaken')[0].state).toMatchObject({ status: 'reverted', hash, reason: 'Provider has no registered Service.' })
    expect(await hasAgreement(DE_MSP, SMART_CHARGING)).toBe(false)
  })

  it('checks every step of a sequence before the first prompt and refuses the one that would fail', async () => {
    const { deps, wallet } = await connectedWriteDeps(NODE_8080)
    const taken = 'http://localhost:8081'
    const result = await runAction(deps, 'identity:node', changeNodeUrlAction(deps.network, NODE_8080, 'http://localhost:8080', taken, false, enT).steps)
    expect(result.outcome).toBe('failed')
    const [first, second] = stepsOf(deps, 'identity:node')
    expect(first.state).toEqual({ status: 'idle' })
    expect(second.state).toMatchObject({ status: 'failed', reason: 'Domain name already registered.' })
    expect(sentBy(wallet.requests)).toBe(0)
  })

  it('runs independent steps on after a failed one, and stops at a rejection', async () => {
    const { deps, wallet, reject } = await connectedWriteDeps(DE_MSP)
    const [billing, locations, tariffs] = [anvilAddress(9), anvilAddress(11), anvilAddress(13)]
    const revoke = (provider: typeof DE_MSP) => ({ label: provider, request: agreementRequest(deps.network, 'revokeAgreement', provider), key: agreementKey('revoke', DE_MSP, provider) })
    // SMART_CHARGING has no agreement with DE_MSP yet: its revoke fails, the next one still runs, then a rejection stops.
    const first = await runAction(deps, 'revoke:batch', [billing, SMART_CHARGING, locations].map(revoke), { independent: true })
    expect(first.outcome).toBe('failed')
    expect(stepsOf(deps, 'revoke:batch').map((s) => s.state.status)).toEqual(['confirmed', 'failed', 'confirmed'])
    reject('eth_sendTransaction')
    const again = await runAction(deps, 'revoke:batch', [tariffs, locations, billing].map(revoke), { independent: true })
    expect(again.outcome).toBe('rejected')
    // The rejected step is idle again and nothing after it was asked; those confirmed before were not sent again.
    expect(stepsOf(deps, 'revoke:batch').map((s) => s.state.status)).toEqual(['idle', 'confirmed', 'confirmed'])
    expect(sentBy(wallet.requests)).toBe(3)
  })
})

describe('resuming after a reload', () => {
  it("shows a sequence's progress as it was and settles its pending step with a fresh page's store", async () => {
    const { deps } = await connectedWriteDeps(NODE_8080)
    const url = 'http://resumed.example'
    await chain().setAutomine(false)
    const firstPage = runAction(deps, 'identity:node', changeNodeUrlAction(deps.network, NODE_8080, 'http://localhost:8080', url, false, enT).steps)
    const deleted = await untilPending(deps, 'identity:node', 0)
    await chain().mine({ blocks: 1 })
    const listed = await untilPending(deps, 'identity:node', 1)

    // A reload: the page's modules (and so the write store) start afresh; only the browser's storage is kept.
    vi.resetModules()
    const fresh = await import('./run-action')
    const freshStore = await import('./write-store')
    const resuming = fresh.resumeAction(deps, 'identity:node')
    const freshSteps = () => freshStore.getAction(freshStore.actionSlot(deps.network.chainId, 'identity:node')).steps
    expect(freshSteps()).toEqual([
      { label: 'Delete your current node URL (deleteNode)', key: expect.any(String), state: { status: 'confirmed', hash: deleted } },
      { label: `List your node at ${url} (setNode)`, key: expect.any(String), state: { status: 'pending', hash: listed } },
    ])
    await chain().mine({ blocks: 1 })
    expect(await resuming).toEqual({ outcome: 'confirmed', confirmed: listed })
    expect(freshSteps()[1].state).toEqual({ status: 'confirmed', hash: listed })
    expect(findActionPending(deps.store, deps.network.chainId, 'identity:node')).toBeNull()
    expect(await chain().readContract({ address: LOCAL_REGISTRY, abi: registryAbi, functionName: 'getNode', args: [NODE_8080] })).toBe(url)
    await firstPage
  })

  it('resumes nothing when nothing of the action is pending', async () => {
    const { deps } = await connectedWriteDeps(DE_MSP)
    const { resumeAction } = await import('./run-action')
    expect(await resumeAction(deps, 'agree:nothing')).toBeNull()
  })
})
