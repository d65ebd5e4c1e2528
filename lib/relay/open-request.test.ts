import { describe, expect, it } from 'vitest'
import { anvilAddress } from '../devnet/accounts'
import { serializeSignedRequest, signedRequestLink } from '../signing/document'
import { anvilSignedRequest } from '../devnet/signed-requests'
import type { RawCall } from '../signing/types'
import { openSignedRequest } from './open-request'

const signed = (index: number, calls: RawCall[]) => anvilSignedRequest(index, calls, new Date('2026-11-26T13:45:00.000Z'))

const fragmentOf = (link: string) => link.slice(link.indexOf('#'))

describe('openSignedRequest', () => {
  it('opens a link and a pasted document alike, with the signer recovered', async () => {
    const request = await signed(7, [{ kind: 'createAgreement', provider: anvilAddress(12) }])
    const fromLink = await openSignedRequest({ fragment: fragmentOf(signedRequestLink('http://localhost:3000', request)) })
    const fromText = await openSignedRequest({ text: serializeSignedRequest(request) })
    expect(fromLink).toEqual(fromText)
    expect(fromLink.ok && fromLink.verified.signer).toBe(anvilAddress(7))
  })

  it('refuses a document changed after signing, naming who really signed and who the document claims', async () => {
    const request = await signed(7, [{ kind: 'createAgreement', provider: anvilAddress(12) }])
    const tampered = { ...request, calls: [{ ...request.calls[0], call: { kind: 'createAgreement' as const, provider: anvilAddress(9) } }] }
    const result = await openSignedRequest({ text: JSON.stringify(tampered) })
    expect(result.ok).toBe(false)
    expect(!result.ok && result.reason).toContain(`not by ${anvilAddress(7)} as the document says`)
  })

  it('refuses what is not a signed request before any signature is checked', async () => {
    expect(await openSignedRequest({ text: 'not json' })).toEqual({ ok: false, reason: 'This is not JSON: paste the whole signed request, from { to }.' })
    expect(await openSignedRequest({ fragment: '#request=***' })).toMatchObject({ ok: false })
  })
})
