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

describe('agree guard', () => {
  it('asks to connect first, then waits for the identity check', () => {
    expect(agreeGuard({ connected: false, standing: undefined })).toMatchObject({ ok: false, reason: 'not-connected' })
    expect(agreeGuard({ connected: true, standing: undefined })).toMatchObject({ ok: false, reason: 'checking' })
  })

  it('explains the OCN identity prerequisite for an unlisted account', () => {
    const guard = agreeGuard({ connected: true, standing: { party: null, agreed: false } })
    expect(guard).toMatchObject({ ok: false, reason: 'no-party' })
    expect(!guard.ok && guard.message).toContain('OCN identity')
  })

  it("stops when the party's node is gone, and when the party already agreed", () => {
    expect(agreeGuard({ connected: true, standing: { party: { ...PARTY, nodeDomain: '' }, agreed: false } })).toMatchObject({ reason: 'no-node' })
    expect(agreeGuard({ connected: true, standing: { party: PARTY, agreed: true } })).toMatchObject({ reason: 'agreed' })
  })

  it('lets a listed party on a listed node agree', () => {
    expect(agreeGuard({ connected: true, standing: { party: PARTY, agreed: false } })).toEqual({ ok: true })
  })
})
