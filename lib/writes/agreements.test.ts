import { deT, enT } from '../i18n/testing'
import type { Address } from 'viem'
import { describe, expect, it } from 'vitest'
import { NETWORKS } from '../chain/networks'
import type { Party, Service } from '../ocn/reads'
import { agreeAction, agreementLimits } from './agree'
import { revokeAction } from './revoke'
import { revokeActionKey } from '../tx/action-keys'

const network = NETWORKS.local
const USER: Address = '0x8626f6940E2eb28930eFb4CeF49B2d1F2C9C1199'
const PROVIDER: Address = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'
const OTHER: Address = '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC'
const party = (address: Address, countryCode: string, partyId: string, nodeDomain: string): Party => ({
  address,
  countryCode,
  partyId,
  roles: [1],
  modulesSender: [],
  modulesReceiver: [],
  operator: address,
  nodeDomain,
})
const MSP = party(USER, 'DE', 'MSP', 'http://localhost:8080')
const BILLING = party(PROVIDER, 'DE', 'BIL', 'http://localhost:8081')
const SERVICE: Service = { provider: PROVIDER, name: 'Billing\u202e', url: 'https://bill.example', permissions: [1n, 2n, 8n], party: BILLING }

describe('agreeing', () => {
  it('creates the agreement under the key the agree button resumes by', () => {
    const action = agreeAction(network, { user: USER, party: MSP, provider: BILLING, service: SERVICE }, enT)
    expect(action.steps.map((s) => [s.request.address, s.request.functionName, ...s.request.args])).toEqual([[network.permissions, 'createAgreement', PROVIDER]])
    expect(action.key).toBe(`agree:${USER.toLowerCase()}:${PROVIDER.toLowerCase()}`)
    expect(action.steps[0].key).toBe(action.key)
  })

  it('says who sends what to whom, catch-alls by name, and never shows hidden characters of the name', () => {
    const { summary } = agreeAction(network, { user: USER, party: MSP, provider: BILLING, service: SERVICE }, enT)
    expect(summary.title).not.toContain('\u202e')
    expect(summary.title).toMatch(/^Agree to Billing.* by DE\*BIL$/)
    expect(summary.changes).toEqual(['DE*MSP agrees with DE*BIL on chain (createAgreement).'])
    expect(summary.dataFlow[0]).toBe(
      "FORWARD_ALL_SENDER and FORWARD_ALL_RECEIVER: DE*MSP's OCN node sends DE*BIL a copy of every OCPI request it sends, in every module, to sender and receiver interfaces alike. This is personal and billing data.",
    )
    expect(summary.dataFlow[1]).toContain('CDRs · receiver (FORWARD_MODULE_CDRS_RECEIVER)')
    expect(summary.dataFlow.at(-1)).toBe('Copies reach DE*BIL through its OCN node (http://localhost:8081).')
    expect(summary.notDone).toEqual(agreementLimits(enT))
  })

  it('says the same in German, every sentence of it', () => {
    const english = agreeAction(network, { user: USER, party: MSP, provider: BILLING, service: SERVICE }, enT).summary
    const { summary } = agreeAction(network, { user: USER, party: MSP, provider: BILLING, service: SERVICE }, deT)
    expect(summary.title).toMatch(/^Billing.* von DE\*BIL zustimmen$/)
    expect(summary.changes).toEqual(['DE*MSP schließt on chain eine Vereinbarung mit DE*BIL (createAgreement).'])
    expect(summary.dataFlow[0]).toBe(
      'FORWARD_ALL_SENDER und FORWARD_ALL_RECEIVER: Der OCN-Knoten von DE*MSP sendet DE*BIL eine Kopie jeder OCPI-Anfrage, die er sendet, in jedem Modul, an Sender- wie Empfänger-Schnittstellen. Das sind personenbezogene und Abrechnungsdaten.',
    )
    expect(summary.dataFlow[1]).toContain('Ladedatensätze (CDRs) · Empfänger (FORWARD_MODULE_CDRS_RECEIVER)')
    expect(summary.dataFlow.at(-1)).toBe('Kopien erreichen DE*BIL über seinen OCN-Knoten (http://localhost:8081).')
    // No sentence is left in English.
    const lines = (s: typeof summary) => [s.title, ...s.changes, ...s.dataFlow, ...s.notDone]
    lines(summary).forEach((line, i) => expect(line).not.toBe(lines(english)[i]))
  })

  it("records the provider's terms the party confirmed it read, and nothing about terms otherwise", () => {
    const terms = 'https://bill.example/terms\u200b'
    const { summary } = agreeAction(network, { user: USER, party: MSP, provider: BILLING, service: SERVICE, termsUrl: terms }, enT)
    expect(summary.changes).toEqual([
      'DE*MSP agrees with DE*BIL on chain (createAgreement).',
      "You confirmed reading the provider's terms at https://bill.example/terms⟨U+200B⟩.",
    ])
    expect(agreeAction(network, { user: USER, party: MSP, provider: BILLING, service: SERVICE, termsUrl: null }, enT).summary.changes).toEqual([
      'DE*MSP agrees with DE*BIL on chain (createAgreement).',
    ])
  })

  it('states unknown permission values as forwarding nothing', () => {
    const { summary } = agreeAction(network, { user: USER, party: MSP, provider: BILLING, service: { ...SERVICE, permissions: [40n] } }, enT)
    expect(summary.dataFlow[0]).toBe('Unknown permission #40 is not one of the 17 OCN permissions: OCN nodes forward nothing for it.')
  })
})

describe('revoking', () => {
  it('revokes each agreement as its own transaction and key, in the order chosen', () => {
    const action = revokeAction(network, USER, [
      { provider: PROVIDER, name: 'Billing' },
      { provider: OTHER, name: '' },
    ], enT)
    expect(action.steps.map((s) => [s.request.functionName, ...s.request.args])).toEqual([
      ['revokeAgreement', PROVIDER],
      ['revokeAgreement', OTHER],
    ])
    expect(action.steps.map((s) => s.key)).toEqual([`revoke:${USER.toLowerCase()}:${PROVIDER.toLowerCase()}`, `revoke:${USER.toLowerCase()}:${OTHER.toLowerCase()}`])
    expect(action.steps.map((s) => s.label)).toEqual(['Revoke Billing (revokeAgreement)', 'Revoke (no name) (revokeAgreement)'])
    expect(action.summary.title).toBe('Revoke 2 agreements')
  })

  it('warns that forwarding may go on after a revoke', () => {
    const action = revokeAction(network, USER, [{ provider: PROVIDER, name: 'Billing' }], enT)
    expect(action.summary.title).toBe('Revoke this agreement')
    expect(action.summary.notDone[0]).toContain('keep forwarding copies to a service until its provider deletes the service')
    // One progress per user, whichever agreements: the list and the dialog show the same revokes.
    expect(action.key).toBe(revokeAction(network, USER, [{ provider: OTHER, name: 'Billing' }], enT).key)
    expect(action.key).toBe(revokeActionKey(USER))
  })
})
