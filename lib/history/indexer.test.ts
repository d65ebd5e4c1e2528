import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Address, encodeFunctionData, encodePacked, type Hex, keccak256, multicall3Abi } from 'viem'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { LOCAL_PERMISSIONS, LOCAL_REGISTRY, MULTICALL3_ADDRESS } from '../chain/networks'
import { anvilAccount, anvilAddress } from '../devnet/accounts'
import { DEMO_ACCOUNT } from '../devnet/demo-network'
import { type RunningIndexer, runIndexer, waitForIndexedBlock } from '../devnet/run-indexer'
import { anvilChain, sendFrom } from '../devnet/test-anvil'
import { permissionsAbi, registryAbi } from '../ocn/abi'
import { historyPaths } from './client'
import type { ActivityItem, ActivityPage, AgreementPage } from './types'

/**
 * The real indexer (Ponder) on the test chain: every write below goes through the contracts as a user would
 * (direct, raw signed by anvil's known test keys and relayed, or through another contract: Multicall3 standing in
 * for a contract wallet), and the history API must tell what each did.
 */

const PORT = Number(process.env.OCN_TEST_INDEXER_PORT ?? 8553)
const USER = anvilAddress(DEMO_ACCOUNT.FR_MSP)
const PROVIDER = anvilAddress(DEMO_ACCOUNT.DE_BIL)
const PARTY = anvilAddress(DEMO_ACCOUNT.DE_MSP)
const RELAYER = anvilAddress(DEMO_ACCOUNT.NODE_1)

/** Spec §8: the signer signs keccak256(encodePacked(fields)) as an EIP-191 message. */
async function sign(account: number, types: readonly string[], values: readonly unknown[]) {
  const signature = await anvilAccount(account).signMessage({ message: { raw: keccak256(encodePacked(types, values)) } })
  return { r: signature.slice(0, 66) as Hex, s: `0x${signature.slice(66, 130)}` as Hex, v: Number.parseInt(signature.slice(130, 132), 16) }
}

const permissionsCall = (data: Hex, from: Address) => sendFrom({ from, to: LOCAL_PERMISSIONS, data })
const registryCall = (data: Hex, from: Address) => sendFrom({ from, to: LOCAL_REGISTRY, data })
/** Several calls in one transaction from another contract: the transaction's own selector is Multicall3's. */
const throughContract = (...calls: { target: Address; callData: Hex }[]) =>
  sendFrom({
    from: RELAYER,
    to: MULTICALL3_ADDRESS,
    data: encodeFunctionData({ abi: multicall3Abi, functionName: 'aggregate3', args: [calls.map((c) => ({ ...c, allowFailure: false }))] }),
  })

async function agreementRaw(functionName: 'createAgreementRaw' | 'revokeAgreementRaw') {
  const { v, r, s } = await sign(DEMO_ACCOUNT.FR_MSP, ['address'], [PROVIDER])
  return encodeFunctionData({ abi: permissionsAbi, functionName, args: [PROVIDER, v, r, s] })
}

async function getJson<T>(path: string): Promise<{ status: number; body: T }> {
  const response = await fetch(`${indexer.url}${path}`)
  return { status: response.status, body: (await response.json()) as T }
}

/** Every activity item of a route, oldest first, walking the pages as the app does. */
async function allActivity(path: (before?: string) => string): Promise<ActivityItem[]> {
  const items: ActivityItem[] = []
  let before: string | undefined
  do {
    const { body } = await getJson<ActivityPage>(path(before))
    items.push(...body.items)
    before = body.next ?? undefined
  } while (before)
  return items.reverse()
}

let indexer: RunningIndexer
let snapshot: Hex
let dir: string
const txs: Record<string, Hex> = {}
let partyBefore: { roles: readonly number[]; modulesSender: readonly number[]; modulesReceiver: readonly number[] }

beforeAll(async () => {
  const chain = anvilChain()
  snapshot = await chain.snapshot()
  dir = mkdtempSync(join(tmpdir(), 'ocn-indexer-test-'))
  indexer = await runIndexer({ port: PORT, rpcUrl: inject('chainUrl'), dir })

  // Agreements: create, revoke, create again, revoke (direct and raw), then create through a contract.
  txs.create = await permissionsCall(encodeFunctionData({ abi: permissionsAbi, functionName: 'createAgreement', args: [PROVIDER] }), USER)
  txs.revokeRaw = await permissionsCall(await agreementRaw('revokeAgreementRaw'), RELAYER)
  txs.createRaw = await permissionsCall(await agreementRaw('createAgreementRaw'), RELAYER)
  txs.revoke = await permissionsCall(encodeFunctionData({ abi: permissionsAbi, functionName: 'revokeAgreement', args: [PROVIDER] }), USER)
  txs.createViaContract = await throughContract({ target: LOCAL_PERMISSIONS, callData: await agreementRaw('createAgreementRaw') })

  // The service: an edit adding a permission, withdrawn, listed again; then withdrawn and re-listed through a contract.
  const [, , name, url, permissions] = await chain.readContract({ abi: permissionsAbi, address: LOCAL_PERMISSIONS, functionName: 'getService', args: [PROVIDER] })
  const edited = [...permissions, 5n]
  txs.edit = await permissionsCall(encodeFunctionData({ abi: permissionsAbi, functionName: 'setService', args: [name, url, edited] }), PROVIDER)
  txs.withdraw = await permissionsCall(encodeFunctionData({ abi: permissionsAbi, functionName: 'deleteService' }), PROVIDER)
  txs.relist = await permissionsCall(encodeFunctionData({ abi: permissionsAbi, functionName: 'setService', args: [name, url, edited] }), PROVIDER)
  const del = await sign(DEMO_ACCOUNT.DE_BIL, ['address'], [PROVIDER])
  txs.withdrawViaContract = await throughContract({
    target: LOCAL_PERMISSIONS,
    callData: encodeFunctionData({ abi: permissionsAbi, functionName: 'deleteServiceRaw', args: [PROVIDER, del.v, del.r, del.s] }),
  })
  const set = await sign(DEMO_ACCOUNT.DE_BIL, ['string', 'string', 'uint256[]'], [name, url, edited])
  txs.relistViaContract = await throughContract({
    target: LOCAL_PERMISSIONS,
    callData: encodeFunctionData({ abi: permissionsAbi, functionName: 'setServiceRaw', args: [name, url, edited, set.v, set.r, set.s] }),
  })

  // The party: setParty then setPartyModules in two transactions, then both (adding a role) in one.
  const [countryCode, partyId, modulesSender, modulesReceiver, roles, operator] = await chain.readContract({
    abi: registryAbi,
    address: LOCAL_REGISTRY,
    functionName: 'getPartyDetailsByAddress',
    args: [PARTY],
  })
  partyBefore = { roles, modulesSender, modulesReceiver }
  txs.setParty = await registryCall(encodeFunctionData({ abi: registryAbi, functionName: 'setParty', args: [countryCode, partyId, roles, operator] }), PARTY)
  txs.setModules = await registryCall(
    encodeFunctionData({ abi: registryAbi, functionName: 'setPartyModules', args: [modulesSender, modulesReceiver] }),
    PARTY,
  )
  const moreRoles = [...roles, 0]
  const partySig = await sign(DEMO_ACCOUNT.DE_MSP, ['address', 'bytes2', 'bytes3', 'uint8[]', 'address'], [PARTY, countryCode, partyId, moreRoles, operator])
  const modulesSig = await sign(DEMO_ACCOUNT.DE_MSP, ['address', 'uint8[]', 'uint8[]'], [PARTY, modulesSender, modulesReceiver])
  txs.partyInOne = await throughContract(
    {
      target: LOCAL_REGISTRY,
      callData: encodeFunctionData({
        abi: registryAbi,
        functionName: 'setPartyRaw',
        args: [PARTY, countryCode, partyId, moreRoles, operator, partySig.v, partySig.r, partySig.s],
      }),
    },
    {
      target: LOCAL_REGISTRY,
      callData: encodeFunctionData({
        abi: registryAbi,
        functionName: 'setPartyModulesRaw',
        args: [PARTY, modulesSender, modulesReceiver, modulesSig.v, modulesSig.r, modulesSig.s],
      }),
    },
  )
  await waitForIndexedBlock(indexer.url, await chain.getBlockNumber(), 30_000)
}, 150_000)

afterAll(async () => {
  await indexer?.stop()
  if (snapshot) await anvilChain().revert({ id: snapshot })
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe('the indexer on the test chain', () => {
  it('tells create from revoke: by selector for direct and raw calls, by alternation through a contract', async () => {
    const mine = (await allActivity((before) => historyPaths.serviceActivity(PROVIDER, before, 2))).filter((item) => item.subject === USER.toLowerCase())
    expect(mine.map((item) => [item.kind, item.tx, item.details.decidedBy])).toEqual([
      ['agreement-created', txs.create, 'selector'],
      ['agreement-revoked', txs.revokeRaw, 'selector'],
      ['agreement-created', txs.createRaw, 'selector'],
      ['agreement-revoked', txs.revoke, 'selector'],
      ['agreement-created', txs.createViaContract, 'alternation'],
    ])
    // A relayed write is sent by the relayer, on the user's behalf.
    expect(mine[1].sender).toBe(RELAYER.toLowerCase())
    expect(mine[0].sender).toBe(USER.toLowerCase())
  })

  it('keeps each agreement as a period with the permissions agreed to and the dates', async () => {
    const { body } = await getJson<AgreementPage>(historyPaths.partyAgreements(USER))
    const periods = body.items.filter((p) => p.provider === PROVIDER.toLowerCase())
    expect(periods.map((p) => [p.agreed.tx, p.revoked?.tx ?? null])).toEqual([
      [txs.createViaContract, null],
      [txs.createRaw, txs.revoke],
      [txs.create, txs.revokeRaw],
    ])
    expect(periods[0].agreed.permissions).toEqual(['8'])
    const block = await anvilChain().getBlock({ blockHash: (await anvilChain().getTransactionReceipt({ hash: txs.create })).blockHash })
    expect(periods[2].agreed.time).toBe(Number(block.timestamp))
    expect(periods[2].agreed.block).toBe(String(block.number))
  })

  it('tells an edit from a withdrawal: by selector, and by the state at the block through a contract', async () => {
    const service = (await allActivity((before) => historyPaths.serviceActivity(PROVIDER, before))).filter((item) => item.kind.startsWith('service-'))
    expect(service.map((item) => [item.kind, item.tx, item.details.decidedBy])).toEqual([
      ['service-listed', expect.any(String), 'selector'],
      ['service-changed', txs.edit, 'selector'],
      ['service-withdrawn', txs.withdraw, 'selector'],
      ['service-relisted', txs.relist, 'selector'],
      ['service-withdrawn', txs.withdrawViaContract, 'state'],
      ['service-relisted', txs.relistViaContract, 'state'],
    ])
    expect(service[1].details.permissions).toEqual({ added: ['5'], removed: [] })
    expect(service[2].details.name).toBe('Roaming Billing & Invoicing')
    expect(service[3].details.permissions).toEqual(['8', '5'])
  })

  it('is truthful about setParty wiping modules: two transactions are two changes, one transaction is its net change', async () => {
    const party = (await allActivity((before) => historyPaths.partyActivity(PARTY, before))).filter((item) => item.kind.startsWith('party-'))
    const names = (values: readonly number[], list: readonly string[]) => values.map((v) => list[v])
    const modules = ['cdrs', 'chargingprofiles', 'commands', 'locations', 'sessions', 'tariffs', 'tokens']
    const sender = names(partyBefore.modulesSender, modules).sort()
    const receiver = names(partyBefore.modulesReceiver, modules).sort()
    expect(sender.length + receiver.length).toBeGreaterThan(0)
    expect(party.map((item) => [item.kind, item.tx])).toEqual([
      ['party-listed', expect.any(String)],
      ['party-changed', expect.any(String)],
      ['party-changed', txs.setParty],
      ['party-changed', txs.setModules],
      ['party-changed', txs.partyInOne],
    ])
    const list = (added: string[], removed: string[]) => (added.length || removed.length ? { added, removed } : undefined)
    expect(party[2].details).toEqual(JSON.parse(JSON.stringify({ modulesSender: list([], sender), modulesReceiver: list([], receiver) })))
    expect(party[3].details).toEqual(JSON.parse(JSON.stringify({ modulesSender: list(sender, []), modulesReceiver: list(receiver, []) })))
    expect(party[4].details).toEqual({ roles: { added: ['CPO'], removed: [] } })
  })

  it('pages newest first by event id, and refuses bad addresses and limits', async () => {
    const first = await getJson<ActivityPage>(historyPaths.serviceActivity(PROVIDER, undefined, 3))
    expect(first.body.items).toHaveLength(3)
    const second = await getJson<ActivityPage>(historyPaths.serviceActivity(PROVIDER, first.body.next!, 3))
    expect(second.body.items[0].id < first.body.items[2].id).toBe(true)
    expect((await getJson(historyPaths.serviceActivity('0x1234'))).status).toBe(400)
    expect((await getJson(historyPaths.serviceActivity(PROVIDER, undefined, 101))).status).toBe(400)
    expect((await getJson(`${historyPaths.serviceActivity(PROVIDER)}?before=1%20OR%201=1`)).status).toBe(400)
  })
})
