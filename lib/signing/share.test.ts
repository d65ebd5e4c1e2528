import { enT } from '../i18n/testing'
import { UserRejectedRequestError } from 'viem'
import { describe, expect, it } from 'vitest'
import { anvilAddress } from '../devnet/accounts'
import { signButtonLabel, signedRequestFileName, signedRequestOf, signingFailureMessage } from './share'
import type { SignedCall } from './types'

const SIGNER = anvilAddress(7)
const PROVIDER = anvilAddress(9)
const SIGNATURE = `0x${'11'.repeat(64)}1b` as const
const AGREE: SignedCall = { call: { kind: 'createAgreement', provider: PROVIDER }, signature: SIGNATURE }
const PARTY: SignedCall = { call: { kind: 'setParty', party: SIGNER, countryCode: 'DE', partyId: 'MSP', roles: [1], operator: anvilAddress(1) }, signature: SIGNATURE }
const MODULES: SignedCall = { call: { kind: 'setPartyModules', party: SIGNER, sender: [0], receiver: [1] }, signature: SIGNATURE }

describe('signedRequestOf', () => {
  it('is the shared document: format, version, the network it was signed on, the signer, the calls in order, when', () => {
    const request = signedRequestOf({ chainId: 73799 }, SIGNER, [PARTY, MODULES], new Date(Date.UTC(2026, 10, 26, 13, 5, 9)))
    expect(request).toEqual({ format: 'ocn-signed-request', version: 1, chainId: 73799, signer: SIGNER, calls: [PARTY, MODULES], signedAt: '2026-11-26T13:05:09.000Z' })
  })
})

describe('signedRequestFileName', () => {
  it('names what was signed, by whom and when, with characters every file system accepts', () => {
    const name = signedRequestFileName(signedRequestOf({ chainId: 31337 }, SIGNER, [PARTY, MODULES], new Date(Date.UTC(2026, 10, 26, 13, 5, 9))))
    expect(name).toBe(`ocn-signed-setParty-setPartyModules-${SIGNER.slice(2, 10).toLowerCase()}-2026-11-26-13-05-09.json`)
    expect(name).toMatch(/^[A-Za-z0-9._-]+$/)
  })

  it('names a kind once however many calls of it were signed', () => {
    const request = signedRequestOf({ chainId: 31337 }, SIGNER, [AGREE, { ...AGREE, call: { kind: 'createAgreement', provider: anvilAddress(10) } }], new Date(0))
    expect(signedRequestFileName(request)).toBe(`ocn-signed-createAgreement-${SIGNER.slice(2, 10).toLowerCase()}-1970-01-01-00-00-00.json`)
  })
})

describe('signButtonLabel', () => {
  it('counts the wallet prompts', () => {
    expect(signButtonLabel(1, enT)).toBe('Sign 1 message in your wallet')
    expect(signButtonLabel(2, enT)).toBe('Sign 2 messages in your wallet')
  })
})

describe('signingFailureMessage', () => {
  it('says a rejection plainly, also when viem wraps the wallet error', () => {
    const wrapped = new UserRejectedRequestError(Object.assign(new Error('User rejected the request.'), { code: 4001 }))
    for (const error of [Object.assign(new Error('User rejected the request.'), { code: 4001 }), wrapped, new Error('outer', { cause: wrapped })]) {
      expect(signingFailureMessage(error, enT)).toBe('You rejected the signature in your wallet: nothing was signed and nothing was sent. You can sign again when ready.')
    }
  })

  it('tells an account the wallet no longer holds, and a wallet without personal_sign', () => {
    const gone = Object.assign(new Error('Account "0xabc" not found for connector "Test Wallet".'), { name: 'ConnectorAccountNotFoundError' })
    expect(signingFailureMessage(gone, enT)).toMatch(/no longer holds the account/)
    expect(signingFailureMessage(Object.assign(new Error('nope'), { code: 4200 }), enT)).toMatch(/does not offer this kind of signature/)
    expect(signingFailureMessage(new Error('the method personal_sign does not exist/is not available: Method not found'), enT)).toMatch(/does not offer this kind of signature/)
  })

  it('never shows the wallet its own text (a stack, raw RPC output)', () => {
    const message = signingFailureMessage(new Error('Internal JSON-RPC error.\n    at Object.request (inpage.js:1:2)'), enT)
    expect(message).toBe('Your wallet could not sign. Nothing was signed and nothing was sent; try again.')
    expect(signingFailureMessage('weird', enT)).not.toContain('weird')
  })
})
