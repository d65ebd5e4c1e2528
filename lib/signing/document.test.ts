import { describe, expect, it } from 'vitest'
import { anvilAccount, anvilAddress } from '../devnet/accounts'
import { parseSignedRequest, readSignedRequestFragment, serializeSignedRequest, signedRequestLink } from './document'
import { signRawCalls } from './sign'
import { SIGNED_REQUEST_MAX_BYTES, type SignedRequest } from './types'

const signer = anvilAccount(5)
const PROVIDER = anvilAddress(6)

async function signedRequest(): Promise<SignedRequest> {
  const calls = await signRawCalls((args) => signer.signMessage(args), [
    { kind: 'setParty', party: signer.address, countryCode: 'DE', partyId: 'MSP', roles: [1, 5], operator: PROVIDER },
    { kind: 'setPartyModules', party: signer.address, sender: [], receiver: [4] },
    { kind: 'setService', name: 'Abrechnung \u26a1', url: 'https://b.example', permissions: ['8', '2147483648'] },
    { kind: 'createAgreement', provider: PROVIDER },
  ])
  return { format: 'ocn-signed-request', version: 1, chainId: 31337, signer: signer.address, calls, signedAt: '2026-11-26T13:45:00.000Z' }
}

/** The document as JSON with one field replaced through a path, for the refusals. */
function withField(request: SignedRequest, edit: (json: Record<string, unknown> & { calls: { call: Record<string, unknown>; signature: unknown }[] }) => void): string {
  const json = JSON.parse(JSON.stringify(request))
  edit(json)
  return JSON.stringify(json)
}

describe('the signed request document', () => {
  it('round-trips through the JSON document and the link, unicode included', async () => {
    const request = await signedRequest()
    const text = serializeSignedRequest(request)
    expect(text.endsWith('}\n')).toBe(true)
    expect(text).toContain('\n  "format": "ocn-signed-request",')
    expect(parseSignedRequest(text)).toEqual({ ok: true, request })
    const link = signedRequestLink('https://market.example/', request)
    expect(link).toMatch(/^https:\/\/market\.example\/relay#request=[A-Za-z0-9_-]+$/)
    expect(readSignedRequestFragment(new URL(link).hash)).toEqual({ ok: true, request })
  })

  it('checksums the addresses it reads, whatever case they arrive in', async () => {
    const request = await signedRequest()
    const parsed = parseSignedRequest(withField(request, (j) => {
      j.signer = String(j.signer).toLowerCase()
      j.calls[3].call.provider = String(j.calls[3].call.provider).toUpperCase().replace('0X', '0x')
    }))
    expect(parsed).toEqual({ ok: true, request })
  })

  it('refuses bad input with a plain reason naming the field', async () => {
    const request = await signedRequest()
    const reasonOf = (text: string) => {
      const parsed = parseSignedRequest(text)
      expect(parsed.ok).toBe(false)
      return parsed.ok ? '' : parsed.reason
    }
    expect(reasonOf('{"format": ')).toBe('This is not JSON: paste the whole signed request, from { to }.')
    expect(reasonOf(withField(request, (j) => (j.format = 'other')))).toBe('format must be "ocn-signed-request".')
    expect(reasonOf(withField(request, (j) => (j.version = 2)))).toBe('version must be 1 (the only version this app reads).')
    expect(reasonOf(withField(request, (j) => (j.extra = 1)))).toBe('The document has fields a signed request does not have: extra.')
    expect(reasonOf(withField(request, (j) => (j.calls[0].call.note = 'x')))).toBe('calls[0].call has fields a signed request does not have: note.')
    expect(reasonOf(withField(request, (j) => delete j.signer))).toBe('signer is missing.')
    expect(reasonOf(withField(request, (j) => (j.signer = '0x123')))).toMatch(/^signer must be an Ethereum address/)
    // A mixed-case address with a wrong checksum is a typo, not an address.
    expect(reasonOf(withField(request, (j) => (j.signer = String(j.signer).replace(/[a-f]/, (c) => c.toUpperCase()))))).toMatch(/^signer must be an Ethereum address/)
    expect(reasonOf(withField(request, (j) => (j.calls[0].call.countryCode = 'de')))).toBe('calls[0].call.countryCode: Country code must be 2 upper-case letters A-Z (for example DE).')
    expect(reasonOf(withField(request, (j) => (j.calls[0].call.roles = [7])))).toBe('calls[0].call.roles[0] must be role numbers 0 to 6.')
    expect(reasonOf(withField(request, (j) => (j.calls[0].call.roles = [])))).toBe('calls[0].call.roles must list at least 1 role.')
    expect(reasonOf(withField(request, (j) => (j.calls[1].call.receiver = [1.5])))).toMatch(/^calls\[1\]\.call\.receiver\[0\] /)
    expect(reasonOf(withField(request, (j) => (j.calls[2].call.permissions = [8])))).toBe('calls[2].call.permissions[0] must be a string.')
    expect(reasonOf(withField(request, (j) => (j.calls[2].call.permissions = ['-1'])))).toBe('calls[2].call.permissions[0] must be whole numbers written in decimal, as strings.')
    expect(reasonOf(withField(request, (j) => (j.calls[2].call.permissions = [(2n ** 256n).toString()])))).toBe('calls[2].call.permissions[0] must fit a uint256.')
    expect(reasonOf(withField(request, (j) => (j.calls[2].call.permissions = [])))).toBe('calls[2].call.permissions must list at least one permission (the contract refuses none).')
    expect(reasonOf(withField(request, (j) => (j.calls[2].call.name = 'n'.repeat(81))))).toBe('calls[2].call.name must be at most 80 characters.')
    expect(reasonOf(withField(request, (j) => (j.calls[3].call.kind = 'transferOwnership')))).toMatch(/^calls\[3\]\.call\.kind must be one of setNode, /)
    expect(reasonOf(withField(request, (j) => (j.calls[3].signature = '0x12')))).toBe('calls[3].signature must be a 65-byte signature (0x and 130 hex digits).')
    expect(reasonOf(withField(request, (j) => (j.calls = [])))).toBe('calls must hold at least one signed call.')
    expect(reasonOf(withField(request, (j) => (j.calls = Array(9).fill(j.calls[3]))))).toBe('calls must hold at most 8 signed calls.')
    expect(reasonOf(withField(request, (j) => (j.chainId = 0)))).toMatch(/^chainId /)
    expect(reasonOf(withField(request, (j) => (j.signedAt = 'yesterday')))).toMatch(/^signedAt must be a date and time in ISO 8601/)
    expect(reasonOf(`${serializeSignedRequest(request)}${' '.repeat(SIGNED_REQUEST_MAX_BYTES)}`)).toMatch(/^This document is \d+ bytes; a signed request is at most 16384\.$/)
  })

  it('refuses a link that holds no request, or a cut or changed one, without throwing', async () => {
    const link = new URL(signedRequestLink('http://127.0.0.1:3000', await signedRequest()))
    expect(readSignedRequestFragment('')).toMatchObject({ ok: false, reason: expect.stringContaining('holds no signed request') })
    expect(readSignedRequestFragment('#other=1')).toMatchObject({ ok: false, reason: expect.stringContaining('holds no signed request') })
    expect(readSignedRequestFragment(link.hash.slice(0, 40))).toMatchObject({ ok: false })
    expect(readSignedRequestFragment(`${link.hash}%%`)).toMatchObject({ ok: false, reason: expect.stringContaining('cut or changed') })
    expect(readSignedRequestFragment(`#request=${'A'.repeat(30_000)}`)).toMatchObject({ ok: false, reason: expect.stringContaining('longer than any signed request') })
  })
})
