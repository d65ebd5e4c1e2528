import { createRequire } from 'node:module'
import { bytesToHex, concat, type Hex, keccak256, numberToHex, stringToHex, toHex } from 'viem'
import { describe, expect, it } from 'vitest'
import { anvilAccount, anvilAddress } from '../devnet/accounts'
import { rawParamHash } from './digest'
import { splitRawSignature } from './recover'
import type { RawCall } from './types'

/**
 * The official library (`@shareandcharge/ocn-registry`, ethers 4 + web3's soliditySha3) is the reference the OCN
 * tooling signs with: for the same inputs and key, our digest and our signature must be byte for byte its own.
 */
type LibSignature = { v: number; r: string; s: string; hash: Uint8Array }
type Wallet = { address: string }
type OfficialSign = {
  setNodeRaw(domain: string, wallet: Wallet): Promise<LibSignature>
  deleteNodeRaw(wallet: Wallet): Promise<LibSignature>
  setPartyRaw(countryCode: string, partyId: string, roles: number[], operator: string, wallet: Wallet): Promise<LibSignature>
  setPartyModulesRaw(sender: number[], receiver: number[], wallet: Wallet): Promise<LibSignature>
  deletePartyRaw(wallet: Wallet): Promise<LibSignature>
  setServiceRaw(name: string, url: string, permissions: (number | string)[], wallet: Wallet): Promise<LibSignature>
  deleteServiceRaw(wallet: Wallet): Promise<LibSignature>
  createAgreementRaw(provider: string, wallet: Wallet): Promise<LibSignature>
  revokeAgreementRaw(provider: string, wallet: Wallet): Promise<LibSignature>
}
const require = createRequire(import.meta.url)
const official = require('@shareandcharge/ocn-registry/dist/lib/sign') as OfficialSign
const { Wallet: EthersWallet } = require('ethers') as { Wallet: new (privateKey: string) => Wallet }

function walletOf(index: number): Wallet {
  return new EthersWallet(bytesToHex(anvilAccount(index).getHdKey().privateKey!))
}

/** The library takes the credentials as the hex the CLI sends (registry.js toHex), and the signer implicitly. */
function officialSign(call: RawCall, wallet: Wallet): Promise<LibSignature> {
  switch (call.kind) {
    case 'setNode':
      return official.setNodeRaw(call.domain, wallet)
    case 'deleteNode':
      return official.deleteNodeRaw(wallet)
    case 'setParty':
      return official.setPartyRaw(toHex(call.countryCode), toHex(call.partyId), call.roles, call.operator, wallet)
    case 'setPartyModules':
      return official.setPartyModulesRaw(call.sender, call.receiver, wallet)
    case 'deleteParty':
      return official.deletePartyRaw(wallet)
    case 'setService':
      return official.setServiceRaw(call.name, call.url, call.permissions, wallet)
    case 'deleteService':
      return official.deleteServiceRaw(wallet)
    case 'createAgreement':
      return official.createAgreementRaw(call.provider, wallet)
    case 'revokeAgreement':
      return official.revokeAgreementRaw(call.provider, wallet)
  }
}

/** Every kind, with edge inputs; `self` is the signer's own address where the library puts wallet.address. */
function casesFor(index: number): RawCall[] {
  const self = anvilAddress(index)
  const other = anvilAddress((index + 1) % 10)
  return [
    { kind: 'setNode', operator: self, domain: 'https://node.example.com' },
    { kind: 'setNode', operator: self, domain: 'http://localhost:8080' },
    { kind: 'setNode', operator: self, domain: 'https://knoten-\u00fcber.example/\u00e9\u{1f50c}' },
    { kind: 'deleteNode', operator: self },
    { kind: 'setParty', party: self, countryCode: 'DE', partyId: 'MSP', roles: [1], operator: other },
    { kind: 'setParty', party: self, countryCode: 'CH', partyId: 'CP1', roles: [0, 1, 2, 3, 4, 5, 6], operator: self },
    { kind: 'setPartyModules', party: self, sender: [0, 3, 4], receiver: [0, 1, 2, 3, 4, 5, 6] },
    { kind: 'setPartyModules', party: self, sender: [], receiver: [4] },
    { kind: 'setPartyModules', party: self, sender: [], receiver: [] },
    { kind: 'deleteParty', party: self },
    { kind: 'setService', name: 'Billing', url: 'https://billing.example.com/ocn', permissions: ['8'] },
    { kind: 'setService', name: 'Abrechnung f\u00fcr \u00c9lectricit\u00e9 \u26a1', url: 'https://b\u00fccher.example/\u{1f697}', permissions: ['5', '6', '7', '8'] },
    { kind: 'setService', name: '', url: 'https://empty-name.example', permissions: ['0'] },
    { kind: 'setService', name: 'No url', url: '', permissions: ['1', '2'] },
    { kind: 'setService', name: '', url: '', permissions: ['16'] },
    { kind: 'setService', name: 'Big', url: 'https://x.example', permissions: ['2147483648', '115792089237316195423570985008687907853269984665640564039457584007913129639935'] },
    { kind: 'deleteService', provider: self },
    { kind: 'createAgreement', provider: other },
    { kind: 'revokeAgreement', provider: other },
  ]
}

describe('rawParamHash and the wallet signature over it', () => {
  for (let index = 0; index < 10; index++) {
    it(`equal the official library's hash and v/r/s for every kind (anvil key ${index})`, async () => {
      const cases = casesFor(index)
      expect(new Set(cases.map((c) => c.kind)).size).toBe(9)
      for (const call of cases) {
        const theirs = await officialSign(call, walletOf(index))
        const hash = rawParamHash(call)
        expect(hash, JSON.stringify(call)).toBe(bytesToHex(theirs.hash))
        const ours = splitRawSignature(await anvilAccount(index).signMessage({ message: { raw: hash } }))
        expect(ours, JSON.stringify(call)).toEqual({ v: theirs.v, r: theirs.r, s: theirs.s })
      }
    })
  }

  it('hash the packed parameters in contract order (uint8[] elements padded to 32 bytes, strings raw)', () => {
    const party = anvilAddress(0)
    const packed: Hex = `0x${party.slice(2).toLowerCase()}${'00'.repeat(31)}04${'00'.repeat(31)}05${'00'.repeat(31)}03`
    const call: RawCall = { kind: 'setPartyModules', party, sender: [4, 5], receiver: [3] }
    // keccak over the bytes above, written out independently of encodePacked.
    expect(rawParamHash(call)).toBe(keccak256(packed))
  })

  it('give the five one-address kinds the same digest for the same address (the interchangeable signatures)', () => {
    const x = anvilAddress(3)
    const digests = (['deleteNode', 'deleteParty', 'deleteService', 'createAgreement', 'revokeAgreement'] as const).map((kind) =>
      rawParamHash(kind === 'deleteNode' ? { kind, operator: x } : kind === 'deleteParty' ? { kind, party: x } : { kind, provider: x }),
    )
    expect(new Set(digests).size).toBe(1)
    expect(rawParamHash({ kind: 'createAgreement', provider: anvilAddress(4) })).not.toBe(digests[0])
  })

  it('follow the contract where the library does not: a name or url that reads as a number or as hex', async () => {
    const wallet = walletOf(0)
    for (const [name, url] of [
      ['123', 'https://x.example'],
      ['0xabcd', 'https://x.example'],
      ['Billing', '42'],
    ]) {
      const call: RawCall = { kind: 'setService', name, url, permissions: ['8'] }
      const theirs = await official.setServiceRaw(name, url, [8], wallet)
      // web3's soliditySha3 guesses "123" is a uint256 and "0xabcd" is bytes; Permissions.sol hashes the strings.
      expect(bytesToHex(theirs.hash)).not.toBe(rawParamHash(call))
      expect(rawParamHash(call)).toBe(keccak256(concat([stringToHex(`${name}${url}`), numberToHex(8n, { size: 32 })])))
    }
  })

  it('refuses credentials the Registry could not hold, before any prompt', () => {
    expect(() => rawParamHash({ kind: 'setParty', party: anvilAddress(0), countryCode: 'de', partyId: 'MSP', roles: [1], operator: anvilAddress(0) })).toThrow(/Country code/)
  })
})
