import { deT, enT } from '../i18n/testing'
import { getAddress, type Hex, parseSignature } from 'viem'
import { describe, expect, it } from 'vitest'
import { NETWORKS } from '../chain/networks'
import { anvilAccount, anvilAddress } from '../devnet/accounts'
import type { Party, Service } from '../ocn/reads'
import { agreeAction } from '../writes/agree'
import { changeNodeUrlAction } from '../writes/change-node-url'
import { deleteListingAction } from '../writes/delete-listing'
import { deleteNodeAction } from '../writes/delete-node'
import { deletePartyAction } from '../writes/delete-party'
import { publishListingAction } from '../writes/publish-listing'
import { revokeAction } from '../writes/revoke'
import { setModulesAction } from '../writes/set-modules'
import { setPartyAction } from '../writes/set-party'
import { registryWrite } from '../ocn/calls'
import { rawParamHash } from './digest'
import { signatureFacts } from './facts'
import en from '@/messages/en.json'
import { rawCallsOf } from './from-steps'
import { rawRequest } from './raw-request'
import { recoverRawSigner, splitRawSignature } from './recover'
import { signRawCalls } from './sign'
import type { RawCall, SignedCall } from './types'
import { verifySignedRequest } from './verify'

// The signer's facts as the English catalogue words them.
const { agreementDeletes: AGREEMENT_DELETES, agreementToggles: AGREEMENT_TOGGLES, bearer: BEARER, deletesInterchangeable: DELETES_INTERCHANGEABLE, everyNetwork: EVERY_NETWORK, neverExpires: NEVER_EXPIRES, nodeOperatorIsSigner: NODE_OPERATOR_IS_SIGNER, packedLists: PACKED_LISTS, packedTexts: PACKED_TEXTS } = en.signing.facts

const network = NETWORKS.local
const signerAccount = anvilAccount(5)
const SIGNER = signerAccount.address
const PROVIDER = anvilAddress(6)
const OTHER = anvilAddress(7)
const party = (address: typeof SIGNER, countryCode: string, partyId: string): Party => ({
  address,
  countryCode,
  partyId,
  roles: [1],
  modulesSender: [],
  modulesReceiver: [],
  operator: OTHER,
  nodeDomain: 'http://localhost:8080',
})
const MSP = party(SIGNER, 'DE', 'MSP')
const BILLING = party(PROVIDER, 'DE', 'BIL')
const SERVICE: Service = { provider: PROVIDER, name: 'Billing', url: 'https://bill.example', permissions: [8n], party: BILLING }

const sign = (calls: RawCall[]) => signRawCalls((args) => signerAccount.signMessage(args), calls)

describe('signRawCalls and recoverRawSigner', () => {
  it('prompts once per call, in order, and every signature recovers to the signer', async () => {
    const asked: Hex[] = []
    const calls: RawCall[] = [
      { kind: 'setParty', party: SIGNER, countryCode: 'DE', partyId: 'MSP', roles: [1], operator: OTHER },
      { kind: 'setPartyModules', party: SIGNER, sender: [0], receiver: [4] },
    ]
    const signed = await signRawCalls(async (args) => {
      asked.push(args.message.raw)
      return signerAccount.signMessage(args)
    }, calls)
    expect(asked).toEqual(calls.map(rawParamHash))
    expect(signed.map((s) => s.call)).toEqual(calls)
    for (const s of signed) expect(await recoverRawSigner(s)).toBe(SIGNER)
  })

  it("rejects with the wallet's own error and signs nothing after it", async () => {
    const declined = Object.assign(new Error('User rejected the request.'), { code: 4001 })
    let prompts = 0
    const run = signRawCalls(async () => {
      prompts++
      throw declined
    }, [{ kind: 'deleteNode', operator: SIGNER }, { kind: 'deleteParty', party: SIGNER }])
    await expect(run).rejects.toBe(declined)
    expect(prompts).toBe(1)
  })

  it('recovers another address once a signed parameter is changed', async () => {
    const [signed] = await sign([{ kind: 'createAgreement', provider: PROVIDER }])
    const tampered: SignedCall = { ...signed, call: { kind: 'createAgreement', provider: OTHER } }
    expect(await recoverRawSigner(tampered)).not.toBe(SIGNER)
  })
})

describe('splitRawSignature', () => {
  it('splits r, s, v and normalises a v of 0/1 to 27/28', async () => {
    const [signed] = await sign([{ kind: 'deleteService', provider: SIGNER }])
    const { r, s, v } = parseSignature(signed.signature)
    expect(splitRawSignature(signed.signature)).toEqual({ r, s, v: Number(v) })
    const low = `${signed.signature.slice(0, 130)}${(Number(v) - 27).toString(16).padStart(2, '0')}` as Hex
    expect(splitRawSignature(low)).toEqual({ r, s, v: Number(v) })
    expect(await recoverRawSigner({ ...signed, signature: low })).toBe(SIGNER)
  })

  it('refuses other lengths and recovery bytes with a plain reason', () => {
    expect(() => splitRawSignature('0x1234')).toThrow('65 bytes')
    expect(() => splitRawSignature(`0x${'11'.repeat(64)}1d`)).toThrow('27 or 28 (or 0 or 1); it is 29')
    expect(() => splitRawSignature(`0x${'zz'.repeat(65)}` as Hex)).toThrow('not hexadecimal')
  })
})

describe('rawCallsOf: the raw twins of an action', () => {
  const nodes = [{ operator: OTHER, domain: 'http://localhost:8080' }]

  it('derives every kind from the direct builders, naming the signer wherever the contract acts for it', () => {
    const lower = SIGNER.toLowerCase() as typeof SIGNER
    expect(rawCallsOf(agreeAction(network, { user: SIGNER, party: MSP, provider: BILLING, service: SERVICE }, enT).steps, lower)).toEqual([{ kind: 'createAgreement', provider: PROVIDER }])
    expect(rawCallsOf(revokeAction(network, SIGNER, [{ provider: PROVIDER, name: 'Billing' }, { provider: OTHER, name: 'X' }], enT).steps, SIGNER)).toEqual([
      { kind: 'revokeAgreement', provider: PROVIDER },
      { kind: 'revokeAgreement', provider: OTHER },
    ])
    expect(
      rawCallsOf(
        setPartyAction(network, SIGNER, {
          draft: { countryCode: 'DE', partyId: 'MSP', roles: [1, 5], operator: OTHER.toLowerCase() },
          current: MSP,
          reapply: { sender: [0], receiver: [4, 6] },
          nodes,
        }, enT).steps,
        lower,
      ),
    ).toEqual([
      { kind: 'setParty', party: SIGNER, countryCode: 'DE', partyId: 'MSP', roles: [1, 5], operator: OTHER },
      { kind: 'setPartyModules', party: SIGNER, sender: [0], receiver: [4, 6] },
    ])
    expect(rawCallsOf(setModulesAction(network, SIGNER, { sender: [], receiver: [3] }, enT).steps, SIGNER)).toEqual([{ kind: 'setPartyModules', party: SIGNER, sender: [], receiver: [3] }])
    expect(rawCallsOf(deletePartyAction(network, SIGNER, MSP, enT).steps, SIGNER)).toEqual([{ kind: 'deleteParty', party: SIGNER }])
    expect(rawCallsOf(publishListingAction(network, SIGNER, { name: ' Billing ', url: 'https://b.example', permissions: [8, 5] }, MSP, enT).steps, SIGNER)).toEqual([
      { kind: 'setService', name: 'Billing', url: 'https://b.example', permissions: ['5', '8'] },
    ])
    expect(rawCallsOf(deleteListingAction(network, SIGNER, enT).steps, SIGNER)).toEqual([{ kind: 'deleteService', provider: SIGNER }])
    expect(rawCallsOf(deleteNodeAction(network, SIGNER, 'http://a.example', false, enT).steps, SIGNER)).toEqual([{ kind: 'deleteNode', operator: SIGNER }])
    expect(rawCallsOf(changeNodeUrlAction(network, SIGNER, 'http://a.example', 'http://b.example', false, enT).steps, SIGNER)).toEqual([
      { kind: 'deleteNode', operator: SIGNER },
      { kind: 'setNode', operator: SIGNER, domain: 'http://b.example' },
    ])
  })

  it('is null when any step has no raw twin, or there is no step', () => {
    const admin = { label: 'Remove', key: 'k', request: registryWrite(network, 'adminDeleteOperator', [OTHER]) }
    const transfer = { label: 'Transfer', key: 'k', request: registryWrite(network, 'transferOwnership', [OTHER]) }
    const own = deleteListingAction(network, SIGNER, enT).steps[0]
    expect(rawCallsOf([own, admin], SIGNER)).toBeNull()
    expect(rawCallsOf([transfer], SIGNER)).toBeNull()
    expect(rawCallsOf([], SIGNER)).toBeNull()
  })
})

describe('rawRequest', () => {
  it('sends the raw twin with the signed parameters and v, r, s in their places', async () => {
    const calls: RawCall[] = [
      { kind: 'setNode', operator: SIGNER, domain: 'http://n.example' },
      { kind: 'setParty', party: SIGNER, countryCode: 'DE', partyId: 'MSP', roles: [1], operator: OTHER },
      { kind: 'setService', name: 'B', url: 'u', permissions: ['8', '2147483648'] },
      { kind: 'revokeAgreement', provider: PROVIDER },
    ]
    const signed = await sign(calls)
    const requests = signed.map((s) => rawRequest(network, s))
    const { v, r, s } = splitRawSignature(signed[3].signature)
    expect(requests.map((q) => [q.address, q.functionName])).toEqual([
      [network.registry, 'setNodeRaw'],
      [network.registry, 'setPartyRaw'],
      [network.permissions, 'setServiceRaw'],
      [network.permissions, 'revokeAgreementRaw'],
    ])
    expect(requests[1].args.slice(0, 5)).toEqual([SIGNER, '0x4445', '0x4d5350', [1], OTHER])
    expect(requests[2].args.slice(0, 3)).toEqual(['B', 'u', [8n, 2147483648n]])
    // The CLI's revoke-agreement-raw passes s where v belongs (spec §8): here v is the recovery byte.
    expect(requests[3].args).toEqual([PROVIDER, v, r, s])
  })
})

describe('verifySignedRequest', () => {
  const request = (calls: SignedCall[], signer = SIGNER) => ({ format: 'ocn-signed-request' as const, version: 1 as const, chainId: 31337, signer, calls, signedAt: '2026-11-26T13:00:00Z' })

  it('accepts a request whose every call recovers to the named signer', async () => {
    const signed = await sign([
      { kind: 'setParty', party: SIGNER, countryCode: 'DE', partyId: 'MSP', roles: [1], operator: OTHER },
      { kind: 'setPartyModules', party: SIGNER, sender: [], receiver: [4] },
    ])
    expect(await verifySignedRequest(request(signed))).toEqual({ ok: true, verified: { signer: SIGNER, chainId: 31337, calls: signed, signedAt: '2026-11-26T13:00:00Z' } })
  })

  it('refuses a changed parameter, another claimed signer, and calls naming another account', async () => {
    const [agree] = await sign([{ kind: 'createAgreement', provider: PROVIDER }])
    const changed = await verifySignedRequest(request([{ ...agree, call: { kind: 'createAgreement', provider: OTHER } }]))
    expect(changed).toMatchObject({ ok: false, reason: expect.stringMatching(/^Call 1 \(createAgreement\) was signed by 0x[0-9a-fA-F]{40}, not by .* changed after signing/) })
    expect(await verifySignedRequest(request([agree], OTHER))).toMatchObject({ ok: false, reason: expect.stringContaining(`was signed by ${SIGNER}, not by ${OTHER}`) })

    const [node, delNode, setParty, delService] = await sign([
      { kind: 'setNode', operator: OTHER, domain: 'http://n.example' },
      { kind: 'deleteNode', operator: OTHER },
      { kind: 'setParty', party: OTHER, countryCode: 'DE', partyId: 'MSP', roles: [1], operator: OTHER },
      { kind: 'deleteService', provider: OTHER },
    ])
    expect(await verifySignedRequest(request([node]))).toMatchObject({ ok: false, reason: expect.stringContaining('on the node of whoever signed') })
    expect(await verifySignedRequest(request([delNode]))).toMatchObject({ ok: false, reason: expect.stringContaining('Call 1 (deleteNode)') })
    expect(await verifySignedRequest(request([setParty]))).toMatchObject({ ok: false, reason: expect.stringContaining('"Signer and provided party address different."') })
    expect(await verifySignedRequest(request([delService]))).toMatchObject({ ok: false, reason: expect.stringContaining('deletes the service of whoever signed') })
  })

  it('refuses a signature no contract could use, naming the call', async () => {
    const [agree] = await sign([{ kind: 'createAgreement', provider: PROVIDER }])
    const bad = await verifySignedRequest(request([agree, { ...agree, signature: `${agree.signature.slice(0, 130)}1f` as Hex }]))
    expect(bad).toEqual({ ok: false, reason: "Call 2 (createAgreement): The signature's recovery byte (v) must be 27 or 28 (or 0 or 1); it is 31." })
    const credentials = await verifySignedRequest(request([{ ...agree, call: { kind: 'setParty', party: SIGNER, countryCode: 'D', partyId: 'MSP', roles: [1], operator: OTHER } }]))
    expect(credentials).toEqual({ ok: false, reason: 'Call 1 (setParty): Country code must be exactly 2 letters (for example DE).' })
  })
})

describe('signatureFacts', () => {
  it('always says the signature never expires, works on every network and is a bearer authorisation', () => {
    const facts = signatureFacts([{ kind: 'setParty', party: SIGNER, countryCode: 'DE', partyId: 'MSP', roles: [1], operator: OTHER }], enT)
    expect(facts).toEqual([NEVER_EXPIRES, EVERY_NETWORK, BEARER])
  })

  it('adds the agreement, one-address and setNode facts only where they apply, each once', () => {
    const agreement = signatureFacts([{ kind: 'createAgreement', provider: PROVIDER }, { kind: 'revokeAgreement', provider: OTHER }], enT)
    expect(agreement.filter((f) => f === AGREEMENT_TOGGLES)).toHaveLength(1)
    expect(agreement).toContain(AGREEMENT_DELETES)
    expect(agreement).not.toContain(DELETES_INTERCHANGEABLE)
    for (const call of [{ kind: 'deleteNode', operator: SIGNER }, { kind: 'deleteParty', party: SIGNER }, { kind: 'deleteService', provider: SIGNER }] as RawCall[]) {
      const facts = signatureFacts([call], enT)
      expect(facts).toContain(DELETES_INTERCHANGEABLE)
      expect(facts).not.toContain(AGREEMENT_TOGGLES)
    }
    const node = signatureFacts([{ kind: 'setNode', operator: getAddress(SIGNER), domain: 'http://n.example' }], enT)
    expect(node).toContain(NODE_OPERATOR_IS_SIGNER)
    expect(node).not.toContain(DELETES_INTERCHANGEABLE)
    expect(signatureFacts([{ kind: 'setPartyModules', party: SIGNER, sender: [], receiver: [] }], enT)).toEqual([NEVER_EXPIRES, EVERY_NETWORK, BEARER, PACKED_LISTS])
    expect(signatureFacts([{ kind: 'setService', name: 'B', url: 'u', permissions: ['8'] }], enT)).toEqual([NEVER_EXPIRES, EVERY_NETWORK, BEARER, PACKED_TEXTS])
  })

  it('tells a German signer the same facts in German', () => {
    const calls = [{ kind: 'createAgreement', provider: PROVIDER }] as const
    const german = signatureFacts(calls, deT)
    expect(german).toHaveLength(signatureFacts(calls, enT).length)
    expect(german[0]).toMatch(/^Diese Signatur läuft nie ab und kann nicht zurückgezogen werden/)
    expect(german).toContain('Dieselbe Signatur schließt die Vereinbarung und widerruft sie: Wer sie hat, kann die Vereinbarung widerrufen und nach Ihrem Widerruf erneut schließen.')
    german.forEach((fact, i) => expect(fact).not.toBe(signatureFacts(calls, enT)[i]))
  })
})
