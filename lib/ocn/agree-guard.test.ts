import type { Address } from 'viem'
import { describe, expect, it } from 'vitest'
import { agreeGuard } from './agree-guard'
import type { Party } from './reads'

const PARTY: Party = {
  address: '0x14dC79964da2C08b23698B3D3cc7Ca32193d9955' as Address,
  countryCode: 'DE',
  partyId: 'MSP',
  roles: [1],
  modulesSender: [],
  modulesReceiver: [],
  operator: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8' as Address,
  nodeDomain: 'http://localhost:8080',
}

const PROVIDER: Party = { ...PARTY, address: '0xa0Ee7A142d267C1f36714E4a8F75612F20a79720' as Address, countryCode: 'DE', partyId: 'BIL', roles: [5] }
const standing = (party: Party | null, agreed = false) => ({ party, agreed, provider: PROVIDER })

describe('agree guard', () => {
  it('asks to connect first, then waits for the identity check', () => {
    expect(agreeGuard({ connected: false, standing: undefined, provider: PROVIDER })).toMatchObject({ ok: false, reason: 'not-connected' })
    expect(agreeGuard({ connected: true, standing: undefined, provider: PROVIDER })).toMatchObject({ ok: false, reason: 'checking' })
  })

  it('explains the OCN identity prerequisite for an unlisted account', () => {
    const guard = agreeGuard({ connected: true, standing: standing(null), provider: PROVIDER })
    expect(guard).toMatchObject({ ok: false, reason: 'no-party' })
    expect(!guard.ok && guard.message).toContain('OCN identity')
  })

  it("stops when the party's node is gone, and when the party already agreed", () => {
    expect(agreeGuard({ connected: true, standing: standing({ ...PARTY, nodeDomain: '' }), provider: PROVIDER })).toMatchObject({ reason: 'no-node' })
    expect(agreeGuard({ connected: true, standing: standing(PARTY, true), provider: PROVIDER })).toMatchObject({ reason: 'agreed' })
  })

  it('lets a listed party on a listed node agree', () => {
    expect(agreeGuard({ connected: true, standing: standing(PARTY), provider: PROVIDER })).toEqual({ ok: true })
  })

  it("offers no agreement with a provider whose party is no longer listed, whoever asks, and says why", () => {
    for (const input of [
      { connected: false, standing: undefined },
      { connected: true, standing: standing(PARTY) },
      { connected: true, standing: standing(PARTY, true) },
    ]) {
      const guard = agreeGuard({ ...input, provider: null })
      expect(guard).toMatchObject({ ok: false, reason: 'provider-unlisted' })
      expect(!guard.ok && guard.message).toMatch(/cannot receive anything: its provider's party is no longer listed/)
      expect(!guard.ok && guard.message).toContain("not to the service's URL")
    }
  })

  it("offers no agreement with a provider whose node is no longer listed, and says why", () => {
    const guard = agreeGuard({ connected: true, standing: standing(PARTY), provider: { ...PROVIDER, nodeDomain: '' } })
    expect(guard).toMatchObject({ ok: false, reason: 'provider-node-unlisted' })
    expect(!guard.ok && guard.message).toMatch(/OCN node of its provider's party is no longer listed/)
  })
})
