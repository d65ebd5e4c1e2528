import { enT } from '../i18n/testing'
import type { Address } from 'viem'
import { describe, expect, it } from 'vitest'
import { type GuardFacts, type GuardReason, type GuardedWrite, guardWrite } from './guard'
import type { Party } from '../ocn/reads'
import { ROLE } from '../ocn/catalog'

const NETWORK = { chainId: 31337, name: 'Local OCN network' }
const PARTY: Party = {
  address: '0x14dC79964da2C08b23698B3D3cc7Ca32193d9955' as Address,
  countryCode: 'DE',
  partyId: 'MSP',
  roles: [ROLE.EMSP],
  modulesSender: [],
  modulesReceiver: [],
  operator: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8' as Address,
  nodeDomain: 'http://localhost:8080',
}
const PROVIDER: Party = { ...PARTY, address: '0xa0Ee7A142d267C1f36714E4a8F75612F20a79720' as Address, partyId: 'BIL', roles: [ROLE.OTHER] }

/** A connected wallet on the right network whose every fact lets every write run. */
const READY: GuardFacts = {
  network: NETWORK,
  wallet: { connected: true, chainId: NETWORK.chainId },
  party: PARTY,
  ownNode: '',
  nodeCount: 2,
  provider: PROVIDER,
  agreed: false,
  listed: true,
  unchanged: false,
}
const reason = (write: GuardedWrite, facts: Partial<GuardFacts>) => {
  const guard = guardWrite(write, { ...READY, ...facts }, enT)
  return guard.ok ? 'ok' : guard.reason
}

const ALL: GuardedWrite[] = ['agree', 'revoke', 'set-node', 'change-node-url', 'delete-node', 'set-party', 'set-modules', 'delete-party', 'publish-listing', 'edit-listing', 'delete-listing']

describe('the write guard', () => {
  it('asks every write to connect first, in words naming what the user was about to do', () => {
    const messages = new Set<string>()
    for (const write of ALL) {
      const guard = guardWrite(write, { ...READY, wallet: { connected: false } }, enT)
      expect(guard).toMatchObject({ ok: false, reason: 'not-connected' })
      if (!guard.ok) messages.add(guard.message)
    }
    expect(messages.size).toBe(ALL.length)
    expect(guardWrite('agree', { ...READY, wallet: { connected: false } }, enT)).toMatchObject({ message: "Connect your party's wallet to agree." })
  })

  it('lets a wallet on another network run, saying it will be asked to switch, unless it cannot be asked', () => {
    const elsewhere = { connected: true, chainId: 246 }
    const guard = guardWrite('set-node', { ...READY, wallet: elsewhere }, enT)
    expect(guard).toEqual({ ok: true, note: 'Your wallet is on another network; it will be asked to switch to Local OCN network.' })
    expect(guardWrite('set-node', READY, enT)).toEqual({ ok: true })
    for (const write of ALL) expect(reason(write, { wallet: { ...elsewhere, canSwitch: false } })).toBe('wrong-network')
    expect(guardWrite('agree', { ...READY, wallet: { ...elsewhere, canSwitch: false } }, enT)).toMatchObject({ message: expect.stringContaining('switch it to Local OCN network (chain 31337)') })
  })

  it('waits for the facts a write needs, never giving a reason from a fact not read yet', () => {
    expect(reason('agree', { party: undefined, agreed: undefined })).toBe('checking')
    expect(reason('revoke', { party: undefined })).toBe('checking')
    expect(reason('revoke', { agreed: undefined })).toBe('checking')
    expect(reason('set-node', { ownNode: undefined })).toBe('checking')
    expect(reason('delete-node', { ownNode: undefined })).toBe('checking')
    expect(reason('set-party', { nodeCount: undefined })).toBe('checking')
    expect(reason('set-modules', { party: undefined })).toBe('checking')
    expect(reason('delete-listing', { listed: undefined })).toBe('checking')
    expect(guardWrite('set-party', { ...READY, nodeCount: undefined }, enT)).toMatchObject({ message: 'Checking your OCN identity…' })
    // Facts a write does not need do not hold it up.
    expect(reason('set-node', { party: undefined, agreed: undefined, listed: undefined, nodeCount: undefined })).toBe('ok')
  })

  it('offers no agreement with a provider that cannot receive anything, whoever asks, and says why', () => {
    for (const facts of [{ wallet: { connected: false } }, {}, { agreed: true }, { party: null }]) {
      expect(reason('agree', { ...facts, provider: null })).toBe('provider-unlisted')
      expect(reason('agree', { ...facts, provider: { ...PROVIDER, nodeDomain: '' } })).toBe('provider-node-unlisted')
    }
    const gone = guardWrite('agree', { ...READY, provider: null }, enT)
    expect(!gone.ok && gone.message).toContain("not to the service's URL")
    const nodeGone = guardWrite('agree', { ...READY, provider: { ...PROVIDER, nodeDomain: '' } }, enT)
    expect(!nodeGone.ok && nodeGone.message).toMatch(/OCN node of its provider's party is no longer listed/)
    // A revoke is how a user leaves such a provider: it is never blocked by the provider's listing.
    expect(reason('revoke', { provider: null, agreed: true })).toBe('ok')
  })

  it('sends an unlisted account to create its OCN identity, for every write made by a party', () => {
    for (const write of ['agree', 'revoke', 'set-modules', 'delete-party', 'publish-listing', 'edit-listing'] as const) {
      const guard = guardWrite(write, { ...READY, party: null, agreed: write === 'revoke' }, enT)
      expect(guard).toMatchObject({ ok: false, reason: 'no-party', link: { href: '/identity' } })
      expect(!guard.ok && guard.message).toMatch(/list your party/i)
    }
    expect(guardWrite('agree', { ...READY, party: null }, enT)).toMatchObject({ message: expect.stringContaining('OCN identity'), link: { label: 'Create your OCN identity' } })
    // Node writes and the first party listing are made by accounts that are no party yet.
    for (const write of ['set-node', 'set-party'] as const) expect(reason(write, { party: null })).toBe('ok')
  })

  it("stops an agreement when the party's own node is gone", () => {
    expect(reason('agree', { party: { ...PARTY, nodeDomain: '' } })).toBe('no-node')
  })

  it('says when a write is already done, and links agreed parties to their agreements', () => {
    expect(guardWrite('agree', { ...READY, agreed: true }, enT)).toMatchObject({ reason: 'agreed', message: 'Your party has agreed to this service.', link: { href: '/agreements' }, done: true })
    expect(guardWrite('revoke', { ...READY, agreed: false }, enT)).not.toHaveProperty('done')
    expect(reason('revoke', { agreed: false })).toBe('not-agreed')
    expect(reason('revoke', { agreed: true })).toBe('ok')
    expect(reason('set-node', { ownNode: 'http://localhost:8080' })).toBe('node-listed')
  })

  it('needs a node for the writes that change or delete one', () => {
    for (const write of ['change-node-url', 'delete-node'] as const) {
      expect(reason(write, { ownNode: '' })).toBe('no-own-node')
      expect(reason(write, { ownNode: 'http://localhost:8080' })).toBe('ok')
    }
  })

  it('needs a listed node on the network before a party can be listed, naming the network', () => {
    const guard = guardWrite('set-party', { ...READY, nodeCount: 0 }, enT)
    expect(guard).toMatchObject({ ok: false, reason: 'no-nodes' })
    expect(!guard.ok && guard.message).toContain('No OCN node is listed on Local OCN network')
  })

  it('needs the listing a write acts on; a withdrawn service explains why it cannot be revoked', () => {
    for (const write of ['revoke', 'edit-listing', 'delete-listing'] as const) expect(reason(write, { listed: false, agreed: true })).toBe('no-listing')
    const revoke = guardWrite('revoke', { ...READY, listed: false, agreed: true }, enT)
    expect(!revoke.ok && revoke.message).toMatch(/withdrawn/)
    expect(reason('publish-listing', { listed: false })).toBe('ok')
  })

  it('refuses a form write that would change nothing', () => {
    for (const write of ['set-node', 'change-node-url', 'set-party', 'set-modules', 'publish-listing', 'edit-listing'] as const) {
      expect(reason(write, { unchanged: true, ownNode: write === 'change-node-url' ? 'http://localhost:8080' : '' })).toBe('unchanged')
    }
    for (const write of ['delete-node', 'delete-party', 'delete-listing', 'agree', 'revoke'] as const) {
      expect(reason(write, { unchanged: true, ownNode: 'http://localhost:8080', agreed: write === 'revoke' })).toBe('ok')
    }
  })

  it('lets every write run once its facts allow it', () => {
    const ready: Record<GuardedWrite, Partial<GuardFacts>> = {
      agree: {},
      revoke: { agreed: true },
      'set-node': {},
      'change-node-url': { ownNode: 'http://localhost:8080' },
      'delete-node': { ownNode: 'http://localhost:8080' },
      'set-party': { party: null },
      'set-modules': {},
      'delete-party': {},
      'publish-listing': {},
      'edit-listing': {},
      'delete-listing': {},
    }
    for (const write of ALL) expect(guardWrite(write, { ...READY, ...ready[write] }, enT)).toEqual({ ok: true })
  })

  it('has a test above for every reason it can give', () => {
    const seen = new Set<GuardReason>()
    const variations: Partial<GuardFacts>[] = [
      { wallet: { connected: false } },
      { wallet: { connected: true, chainId: 1, canSwitch: false } },
      { party: undefined },
      { party: null },
      { party: { ...PARTY, nodeDomain: '' } },
      { ownNode: '' },
      { ownNode: 'http://localhost:8080' },
      { nodeCount: 0 },
      { provider: null },
      { provider: { ...PROVIDER, nodeDomain: '' } },
      { agreed: true },
      { agreed: false },
      { listed: false },
      { unchanged: true },
    ]
    for (const write of ALL) {
      for (const facts of variations) {
        const guard = guardWrite(write, { ...READY, ...facts }, enT)
        if (!guard.ok) seen.add(guard.reason)
      }
    }
    expect([...seen].sort()).toEqual(
      (['provider-unlisted', 'provider-node-unlisted', 'not-connected', 'wrong-network', 'checking', 'no-party', 'no-node', 'no-own-node', 'node-listed', 'no-nodes', 'no-listing', 'agreed', 'not-agreed', 'unchanged'] satisfies GuardReason[]).sort(),
    )
  })
})
