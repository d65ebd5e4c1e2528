import { enT } from '../i18n/testing'
import type { Address, Hex } from 'viem'
import { mnemonicToAccount } from 'viem/accounts'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { NETWORKS } from '../chain/networks'
import { ANVIL_MNEMONIC, anvilAddress } from '../devnet/accounts'
import { DEMO_ACCOUNT } from '../devnet/demo-network'
import { registryCreationCode } from '../devnet/local-network'
import { testReadContext } from '../devnet/test-context'
import { testChain } from '../devnet/test-write-deps'
import { permissionsAbi, registryAbi } from '../ocn/abi'
import { encodeWrite, type OcnWriteRequest, permissionsWrite, registryWrite } from '../ocn/calls'
import type { WriteAction } from '../writes/action'
import en from '@/messages/en.json'
import { splitRawSignature } from './recover'
import { relayAction } from './relay-action'
import { signRawCalls } from './sign'
import type { RawCall, SignedCall, VerifiedRequest } from './types'

// The signer's facts as the English catalogue words them.
const { agreementDeletes: AGREEMENT_DELETES, agreementToggles: AGREEMENT_TOGGLES, deletesInterchangeable: DELETES_INTERCHANGEABLE, neverExpires: NEVER_EXPIRES, packedLists: PACKED_LISTS, packedTexts: PACKED_TEXTS } = en.signing.facts

/**
 * Signed calls made into the submitter's review and sent from the submitter's account, on the seeded chain:
 * the chain must then hold the result for the SIGNER, who holds no gas and never sends a transaction. The
 * facts the signer confirms (facts.ts) are checked here against the contracts themselves.
 */
const chain = testChain
const network = NETWORKS.local
// Beyond anvil's 20 unlocked accounts: a key only this test holds, with no balance at all.
const signerAccount = mnemonicToAccount(ANVIL_MNEMONIC, { addressIndex: 31 })
const SIGNER = signerAccount.address
const SUBMITTER = anvilAddress(18)
const NODE_1 = anvilAddress(DEMO_ACCOUNT.NODE_1)
const DE_BIL = anvilAddress(DEMO_ACCOUNT.DE_BIL)

const sign = (calls: RawCall[]) => signRawCalls((args) => signerAccount.signMessage(args), calls)
const verified = (calls: SignedCall[]): VerifiedRequest => ({ signer: SIGNER, chainId: 31337, calls, signedAt: '2026-11-26T14:00:00Z' })
const build = async (calls: RawCall[]) => relayAction(network, testReadContext(), verified(await sign(calls)), SUBMITTER, enT)

async function send(request: OcnWriteRequest, from: Address = SUBMITTER): Promise<'success' | 'reverted'> {
  const hash = await chain().sendTransaction({ account: from, to: request.address, data: encodeWrite(request), chain: null, gas: 3_000_000n })
  return (await chain().waitForTransactionReceipt({ hash })).status
}

async function submit(action: WriteAction): Promise<void> {
  for (const step of action.steps) expect(await send(step.request), step.label).toBe('success')
}

const registry = { address: network.registry, abi: registryAbi } as const
const permissions = { address: network.permissions, abi: permissionsAbi } as const
const nodeOf = (a: Address) => chain().readContract({ ...registry, functionName: 'getNode', args: [a] })
const partyOf = (a: Address) => chain().readContract({ ...registry, functionName: 'getPartyDetailsByAddress', args: [a] })
const serviceOf = (a: Address) => chain().readContract({ ...permissions, functionName: 'getService', args: [a] })
const agreed = (user: Address, provider: Address) => chain().readContract({ ...permissions, functionName: 'hasUserAgreementByAddress', args: [user, provider] })

/** The signer lists a node, a party with modules and a service, all submitted by someone else. */
async function listSigner(): Promise<void> {
  await submit(await build([{ kind: 'setNode', operator: SIGNER, domain: 'http://relay-node.example' }]))
  await submit(
    await build([
      { kind: 'setParty', party: SIGNER, countryCode: 'DE', partyId: 'RLY', roles: [1], operator: NODE_1 },
      { kind: 'setPartyModules', party: SIGNER, sender: [0], receiver: [4] },
    ]),
  )
  await submit(await build([{ kind: 'setService', name: 'Relay billing \u26a1', url: 'https://relay.example', permissions: ['8'] }]))
}

/** A raw call with another signed call's signature, the way anyone holding it could submit it. */
function withSignatureOf(signed: SignedCall, functionName: 'deleteNodeRaw' | 'deletePartyRaw', address: Address): OcnWriteRequest
function withSignatureOf(signed: SignedCall, functionName: 'deleteServiceRaw' | 'createAgreementRaw' | 'revokeAgreementRaw', address: Address): OcnWriteRequest
function withSignatureOf(signed: SignedCall, functionName: string, address: Address): OcnWriteRequest {
  const { v, r, s } = splitRawSignature(signed.signature)
  if (functionName === 'deleteNodeRaw' || functionName === 'deletePartyRaw') return registryWrite(network, functionName, [address, v, r, s])
  return permissionsWrite(network, functionName as 'deleteServiceRaw', [address, v, r, s])
}

let snapshot: Hex
beforeEach(async () => {
  snapshot = await chain().snapshot()
  await chain().setBalance({ address: SIGNER, value: 0n })
})
afterEach(async () => {
  await chain().revert({ id: snapshot })
})

describe('relayAction: the submitter sends what the signer signed', () => {
  it('lists a node, a party with modules and a service, and makes an agreement, all for the signer', async () => {
    const node = await build([{ kind: 'setNode', operator: SIGNER, domain: 'http://relay-node.example' }])
    expect(node.steps.map((s) => s.request.functionName)).toEqual(['setNodeRaw'])
    expect(node.summary.title).toBe('List your OCN node at http://relay-node.example')
    expect(node.summary.changes[1]).toBe('The Registry lists the signer\u2019s account as the operator of the OCN node at http://relay-node.example.')
    expect(node.summary.changes[0]).toBe(`Signed by ${SIGNER}; you submit it from ${SUBMITTER} and pay the gas. Where this review says "your", it means the signer\u2019s.`)
    await submit(node)
    expect(await nodeOf(SIGNER)).toBe('http://relay-node.example')

    const party = await build([
      { kind: 'setParty', party: SIGNER, countryCode: 'DE', partyId: 'RLY', roles: [1], operator: NODE_1 },
      { kind: 'setPartyModules', party: SIGNER, sender: [0], receiver: [4] },
    ])
    expect(party.steps.map((s) => s.request.functionName)).toEqual(['setPartyRaw', 'setPartyModulesRaw'])
    expect(party.summary.title).toBe('List your party as DE*RLY')
        expect(party.summary.changes).toContain('The Registry lists the signer\u2019s account as the OCPI party DE*RLY with the roles e-Mobility service provider (EMSP), on the OCN node http://localhost:8080.')
    await submit(party)
    const [countryCode, partyId, sender, receiver, roles, operator] = await partyOf(SIGNER)
    expect([countryCode, partyId, sender, receiver, roles, operator]).toEqual(['0x4445', '0x524c59', [0], [4], [1], NODE_1])

    const service = await build([{ kind: 'setService', name: 'Relay billing \u26a1', url: 'https://relay.example', permissions: ['8'] }])
    expect(service.summary.title).toBe('Publish Relay billing \u26a1')
    expect(service.summary.changes[0].startsWith(`Signed by DE*RLY (${SIGNER}); you submit it from ${SUBMITTER} and pay the gas.`)).toBe(true)
    await submit(service)
    expect((await serviceOf(SIGNER)).slice(2)).toEqual(['Relay billing \u26a1', 'https://relay.example', [8n]])

    const agreement = await build([{ kind: 'createAgreement', provider: DE_BIL }])
    expect(agreement.summary.title).toBe('Agree to Roaming Billing & Invoicing by DE*BIL')
    expect(agreement.summary.changes).toEqual(expect.arrayContaining(['DE*RLY agrees with DE*BIL on chain (createAgreement).', NEVER_EXPIRES, AGREEMENT_TOGGLES, AGREEMENT_DELETES]))
    expect(agreement.steps[0]).toMatchObject({ label: 'Agree on chain (createAgreementRaw)', request: { address: network.permissions, functionName: 'createAgreementRaw' } })
    expect(await agreed(SIGNER, DE_BIL)).toBe(false)
    await submit(agreement)
    expect(await agreed(SIGNER, DE_BIL)).toBe(true)

    // The signer paid nothing and sent nothing.
    expect(await chain().getBalance({ address: SIGNER })).toBe(0n)
    expect(await chain().getTransactionCount({ address: SIGNER })).toBe(0)
  })

  it('describes an update with the update builders, and what the chain lacks literally', async () => {
    const unlisted = await build([{ kind: 'createAgreement', provider: DE_BIL }])
    expect(unlisted.summary.title).toBe(`Agree with ${DE_BIL}`)
    expect(await send(unlisted.steps[0].request)).toBe('reverted')

    await listSigner()
    const update = await build([
      { kind: 'setParty', party: SIGNER, countryCode: 'DE', partyId: 'RLY', roles: [1, 5], operator: NODE_1 },
      { kind: 'setPartyModules', party: SIGNER, sender: [0], receiver: [4] },
    ])
    expect(update.summary.title).toBe('Update your party DE*RLY')
    expect(update.steps.map((s) => s.label)).toEqual(['List your party as DE*RLY (setPartyRaw)', 'Set your OCPI modules again, which the update wiped (setPartyModulesRaw)'])
    await submit(update)
    expect((await partyOf(SIGNER)).slice(2, 5)).toEqual([[0], [4], [1, 5]])

    const edit = await build([{ kind: 'setService', name: 'Relay billing \u26a1', url: 'https://relay.example', permissions: ['7', '8'] }])
    expect(edit.summary.title).toBe('Update Relay billing \u26a1')
    // Parameters the app's own forms would not send (unsorted permissions) are described as signed, not as a form would.
    const unsorted = await build([{ kind: 'setService', name: 'Relay billing', url: 'https://relay.example', permissions: ['8', '7'] }])
    expect(unsorted.summary.changes[1]).toBe(`The Permissions contract lists "Relay billing" at https://relay.example as the service of ${SIGNER}, asking for the permissions 8, 7.`)
    await submit(unsorted)
    expect((await serviceOf(SIGNER))[4]).toEqual([8n, 7n])

    const revokes = await build([{ kind: 'revokeAgreement', provider: DE_BIL }])
    expect(revokes.summary.title).toBe('Revoke this agreement')
  })
})

describe('what a signature authorises, on the contracts themselves (facts.ts)', () => {
  it('an agreement signature both creates and revokes, and creates again', async () => {
    await listSigner()
    const [signed] = await sign([{ kind: 'createAgreement', provider: DE_BIL }])
    expect(await send(withSignatureOf(signed, 'createAgreementRaw', DE_BIL))).toBe('success')
    expect(await agreed(SIGNER, DE_BIL)).toBe(true)
    expect(await send(withSignatureOf(signed, 'revokeAgreementRaw', DE_BIL))).toBe('success')
    expect(await agreed(SIGNER, DE_BIL)).toBe(false)
    expect(await send(withSignatureOf(signed, 'createAgreementRaw', DE_BIL))).toBe('success')
    expect(await agreed(SIGNER, DE_BIL)).toBe(true)
  })

  it("an agreement signature deletes the signer's own node and service listing, not its party", async () => {
    await listSigner()
    const [signed] = await sign([{ kind: 'createAgreement', provider: DE_BIL }])
    expect(await send(withSignatureOf(signed, 'deleteServiceRaw', DE_BIL))).toBe('success')
    expect((await serviceOf(SIGNER))[4]).toEqual([])
    expect((await serviceOf(DE_BIL))[4]).not.toEqual([])
    expect(await send(withSignatureOf(signed, 'deleteNodeRaw', DE_BIL))).toBe('success')
    expect(await nodeOf(SIGNER)).toBe('')
    expect(await nodeOf(DE_BIL)).toBe('')
    // The party calls compare the named party with the signer.
    expect(await send(withSignatureOf(signed, 'deletePartyRaw', DE_BIL))).toBe('reverted')
    expect((await partyOf(SIGNER))[5]).toBe(NODE_1)
  })

  it('the delete signatures of node, party and service are one: a node deletion also deletes party and service', async () => {
    await listSigner()
    const [signed] = await sign([{ kind: 'deleteNode', operator: SIGNER }])
    expect(await send(withSignatureOf(signed, 'deleteServiceRaw', SIGNER))).toBe('success')
    expect(await send(withSignatureOf(signed, 'deletePartyRaw', SIGNER))).toBe('success')
    expect(await send(withSignatureOf(signed, 'deleteNodeRaw', SIGNER))).toBe('success')
    expect([(await serviceOf(SIGNER))[4], (await partyOf(SIGNER))[5], await nodeOf(SIGNER)]).toEqual([[], '0x0000000000000000000000000000000000000000', ''])
    expect((await build([{ kind: 'deleteNode', operator: SIGNER }])).summary.changes).toContain(DELETES_INTERCHANGEABLE)
  })

  it('setNodeRaw lists the node under the signer whatever operator is passed (why the app always names the signer)', async () => {
    const other = anvilAddress(17)
    const [signed] = await sign([{ kind: 'setNode', operator: other, domain: 'http://relay-node.example' }])
    const { v, r, s } = splitRawSignature(signed.signature)
    expect(await send(registryWrite(network, 'setNodeRaw', [other, 'http://relay-node.example', v, r, s]))).toBe('success')
    expect([await nodeOf(SIGNER), await nodeOf(other)]).toEqual(['http://relay-node.example', ''])
  })

  it('hashes a service name or url that reads as a number or as hex as the contract does (digest.test.ts: the official library does not)', async () => {
    await listSigner()
    for (const [name, url] of [['123', '0xabcd'], ['0x1234', '42']]) {
      await submit(await build([{ kind: 'setService', name, url, permissions: ['8'] }]))
      expect((await serviceOf(SIGNER)).slice(2)).toEqual([name, url, [8n]])
    }
  })

  it('works on any copy of the contracts: the digest names no contract and no chain', async () => {
    const [signed] = await sign([{ kind: 'setNode', operator: SIGNER, domain: 'http://relay-node.example' }])
    const { v, r, s } = splitRawSignature(signed.signature)
    const hash = await chain().deployContract({ abi: registryAbi, bytecode: registryCreationCode, account: SUBMITTER, chain: null })
    const copy = (await chain().waitForTransactionReceipt({ hash })).contractAddress!
    for (const address of [network.registry, copy]) {
      expect(await send(registryWrite({ registry: address }, 'setNodeRaw', [SIGNER, 'http://relay-node.example', v, r, s]))).toBe('success')
      expect(await chain().readContract({ address, abi: registryAbi, functionName: 'getNode', args: [SIGNER] })).toBe('http://relay-node.example')
    }
  })

  it('the submitter can move modules between the sender and receiver lists, and text between name and url', async () => {
    await listSigner()
    const [modules, service] = await sign([
      { kind: 'setPartyModules', party: SIGNER, sender: [0], receiver: [4] },
      { kind: 'setService', name: 'Relay billing', url: 'https://relay.example', permissions: ['8'] },
    ])
    const m = splitRawSignature(modules.signature)
    expect(await send(registryWrite(network, 'setPartyModulesRaw', [SIGNER, [0, 4], [], m.v, m.r, m.s]))).toBe('success')
    expect((await partyOf(SIGNER)).slice(2, 4)).toEqual([[0, 4], []])
    const p = splitRawSignature(service.signature)
    expect(await send(permissionsWrite(network, 'setServiceRaw', ['Relay', ' billinghttps://relay.example', [8n], p.v, p.r, p.s]))).toBe('success')
    expect((await serviceOf(SIGNER)).slice(2)).toEqual(['Relay', ' billinghttps://relay.example', [8n]])
    const facts = (await build([modules.call, service.call])).summary.changes
    expect(facts).toEqual(expect.arrayContaining([PACKED_LISTS, PACKED_TEXTS]))
  })
})
