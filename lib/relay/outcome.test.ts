import { enT } from '../i18n/testing'
import type { Address } from 'viem'
import { describe, expect, it } from 'vitest'
import { anvilAddress } from '../devnet/accounts'
import { relayOutcome } from './outcome'

const SIGNER = anvilAddress(7)
const PROVIDER = anvilAddress(12)
const names: Record<Address, string> = { [SIGNER]: 'DE*MSP', [PROVIDER]: 'GB*SCS' }
const nameOf = (address: Address) => names[address] ?? address

describe('relayOutcome', () => {
  it('says what is on chain for the signer, by credentials', () => {
    expect(relayOutcome([{ kind: 'createAgreement', provider: PROVIDER }], SIGNER, nameOf, enT)).toBe('Submitted: DE*MSP has an agreement with GB*SCS.')
    expect(relayOutcome([{ kind: 'revokeAgreement', provider: PROVIDER }], SIGNER, nameOf, enT)).toBe("Submitted: DE*MSP's agreement with GB*SCS is revoked.")
  })

  it('names a new party by its address and the credentials it was just given, then its modules', () => {
    const text = relayOutcome(
      [
        { kind: 'setParty', party: SIGNER, countryCode: 'DE', partyId: 'ABC', roles: [1], operator: anvilAddress(1) },
        { kind: 'setPartyModules', party: SIGNER, sender: [0], receiver: [4, 6] },
      ],
      SIGNER,
      (address) => address,
      enT,
    )
    expect(text).toBe(
      `Submitted: The Registry lists ${SIGNER} as the OCPI party DE*ABC with the roles e-Mobility service provider (EMSP). ${SIGNER} implements the OCPI modules as sender: CDRs; as receiver: Sessions, Tokens.`,
    )
  })

  it('shows signed strings cleaned: hidden characters made visible, an empty name said so', () => {
    expect(relayOutcome([{ kind: 'setService', name: 'Bill\u202eing', url: '', permissions: ['8'] }], SIGNER, nameOf, enT)).toBe('Submitted: DE*MSP lists the service “Bill⟨U+202E⟩ing”.')
    expect(relayOutcome([{ kind: 'setService', name: '', url: '', permissions: ['8'] }], SIGNER, nameOf, enT)).toBe('Submitted: DE*MSP lists the service “(no name)”.')
    expect(relayOutcome([{ kind: 'setNode', operator: SIGNER, domain: 'https://node.example' }], SIGNER, nameOf, enT)).toBe('Submitted: DE*MSP operates the OCN node https://node.example.')
  })

  it('says what a delete removed', () => {
    expect(relayOutcome([{ kind: 'deleteService', provider: SIGNER }], SIGNER, nameOf, enT)).toBe('Submitted: DE*MSP no longer lists a service.')
    expect(relayOutcome([{ kind: 'deleteParty', party: SIGNER }], SIGNER, nameOf, enT)).toBe('Submitted: DE*MSP is no longer listed as an OCPI party.')
    expect(relayOutcome([{ kind: 'deleteNode', operator: SIGNER }], SIGNER, nameOf, enT)).toBe('Submitted: DE*MSP no longer lists an OCN node.')
  })
})
