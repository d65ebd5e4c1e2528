import { type Address, getAddress } from 'viem'
import { describe, expect, it } from 'vitest'
import { MODULES, type ModuleKey, PERMISSION, PERMISSIONS } from '../ocn/catalog'
import type { Party } from '../ocn/reads'
import { ENDPOINTS, INTERFACES, type Interface, METHODS, UNFORWARDED_MODULES } from './endpoints'
import { type ForwardInputs, type ForwardProvider, previewForwarding, type ForwardRequest } from './preview'

const address = (n: number): Address => getAddress(`0x${n.toString(16).padStart(40, '0')}`)

const party = (n: number, nodeDomain = 'http://localhost:8080'): Party => ({
  address: address(n),
  countryCode: 'DE',
  partyId: `P${String(n).padStart(2, '0')}`,
  roles: [5],
  modulesSender: [],
  modulesReceiver: [],
  operator: address(900),
  nodeDomain,
})

const SENDER = party(1)

const service = (n: number, permissions: bigint[], listing: Party | null = party(n)): ForwardProvider => ({ name: `Service ${n}`, permissions, party: listing })

/** A sender with one active agreement per provider, in this order. */
function inputs(services: [number, ForwardProvider | null][], overrides: Partial<ForwardInputs> = {}): ForwardInputs {
  const list = services.map(([n]) => address(n))
  const byProvider: ForwardInputs['services'] = Object.fromEntries(services.flatMap(([n, s]) => (s ? [[address(n), s]] : [])))
  return { sender: SENDER, agreementList: list, active: list, services: byProvider, ...overrides }
}

/** What the spec's table (§7) and the app's catalog say a permission forwards, independently of the node's transcription. */
function catalogSays(index: number, module: ModuleKey, iface: Interface): boolean {
  const { scope, direction } = PERMISSIONS[index]
  return (scope === 'all' || scope === module) && (direction === 'both' || direction === iface)
}

describe('the whole matrix: 17 permissions x 7 modules x 2 interfaces x every method the node maps', () => {
  // One service per permission, provider n+100 holding permission n.
  const everyPermission = inputs(PERMISSIONS.map((p) => [100 + p.index, service(100 + p.index, [BigInt(p.index)])]))
  const cases = MODULES.flatMap(({ key }) => INTERFACES.flatMap((iface) => ENDPOINTS[key][iface].map(({ method }) => ({ module: key, iface, method }))))

  it('covers every module and interface with at least one endpoint', () => {
    expect(new Set(cases.map((c) => `${c.module}/${c.iface}`)).size).toBe(14)
  })

  it.each(cases)('$method $module $iface: exactly the permissions the catalog names get a copy', (request) => {
    const preview = previewForwarding(everyPermission, request)
    expect(preview.blocked).toBeNull()
    for (const outcome of preview.outcomes) {
      const index = Number(outcome.service!.permissions[0])
      const expected = catalogSays(index, request.module, request.iface)
      expect({ index, verdict: outcome.verdict, copies: outcome.copies }).toEqual({ index, verdict: expected ? 'copy' : 'no-match', copies: expected ? 1 : 0 })
    }
    // Always FORWARD_ALL, the interface's catch-all and the module's own permission for it: three copies.
    expect(preview.copies).toBe(3)
  })

  it('a billing service that wants pushed CDRs needs CDRS_RECEIVER (8), not CDRS_SENDER (7)', () => {
    const push = previewForwarding(inputs([[2, service(2, [PERMISSION.FORWARD_MODULE_CDRS_SENDER])], [3, service(3, [PERMISSION.FORWARD_MODULE_CDRS_RECEIVER])]]), {
      module: 'cdrs',
      iface: 'receiver',
      method: 'POST',
    })
    expect(push.outcomes.map((o) => o.verdict)).toEqual(['no-match', 'copy'])
    expect(push.outcomes[1].matching).toEqual([8])
  })

  it.each(UNFORWARDED_MODULES.flatMap((module) => INTERFACES.flatMap((iface) => METHODS.map((method) => ({ module, iface, method })))))(
    '$method $module $iface is never copied, even to FORWARD_ALL',
    (request) => {
      const preview = previewForwarding(everyPermission, request)
      expect(preview.blocked).toEqual({ kind: 'never-forwarded', module: request.module })
      expect(preview.copies).toBe(0)
    },
  )

  it('a method the node maps no endpoint for goes nowhere', () => {
    const preview = previewForwarding(everyPermission, { module: 'cdrs', iface: 'receiver', method: 'DELETE' })
    expect(preview).toMatchObject({ blocked: { kind: 'no-endpoint' }, endpoint: null, copies: 0 })
  })
})

describe('what the chain holds besides permissions', () => {
  const sessionsPush: ForwardRequest = { module: 'sessions', iface: 'receiver', method: 'PUT' }
  const all = [PERMISSION.FORWARD_ALL]

  it('a revoked agreement still gets a copy (the node reads the list without hasUserAgreement)', () => {
    const preview = previewForwarding(inputs([[2, service(2, all)]], { active: [] }), sessionsPush)
    expect(preview.outcomes[0]).toMatchObject({ verdict: 'copy-revoked', copies: 1, active: false })
  })

  it('an agreement made, revoked and made again is in the list twice: two copies', () => {
    const preview = previewForwarding(inputs([[2, service(2, all)], [3, service(3, all)], [2, service(2, all)]]), sessionsPush)
    expect(preview.outcomes.map((o) => [o.provider, o.copies, o.entries])).toEqual([
      [address(2), 2, 2],
      [address(3), 1, 1],
    ])
    expect(preview.copies).toBe(3)
  })

  it('a withdrawn service receives nothing, and says so rather than "no matching permission"', () => {
    expect(previewForwarding(inputs([[2, null]]), sessionsPush).outcomes[0]).toMatchObject({ verdict: 'withdrawn', copies: 0, service: null })
  })

  it('a provider whose party or node is no longer listed cannot receive its copy', () => {
    const preview = previewForwarding(inputs([[2, service(2, all, null)], [3, service(3, all, party(3, ''))]]), sessionsPush)
    expect(preview.outcomes.map((o) => o.verdict)).toEqual(['provider-unlisted', 'provider-no-node'])
    expect(preview.copies).toBe(0)
  })

  it('values 17 to 2^31-1 are dropped without a word; the other permissions still count', () => {
    const preview = previewForwarding(inputs([[2, service(2, [17n, 2n ** 31n - 1n, PERMISSION.FORWARD_MODULE_SESSIONS_RECEIVER])], [3, service(3, [17n])]]), sessionsPush)
    expect(preview.outcomes.map((o) => [o.verdict, o.ignored])).toEqual([
      ['copy', [17n, 2n ** 31n - 1n]],
      ['no-match', [17n]],
    ])
  })

  it('a value of 2^31 or more aborts forwarding at that agreement: earlier ones were sent, later ones never are', () => {
    const preview = previewForwarding(
      inputs([[2, service(2, all)], [3, service(3, [PERMISSION.FORWARD_MODULE_CDRS_RECEIVER, 2n ** 31n])], [4, service(4, all)], [2, service(2, all)]]),
      sessionsPush,
    )
    expect(preview.outcomes.map((o) => [o.verdict, o.copies, o.entries])).toEqual([
      ['copy', 1, 2],
      ['aborts', 0, 1],
      ['aborted', 0, 1],
    ])
    expect(preview.copies).toBe(1)
  })

  it('a withdrawn service never aborts: getService returns no permissions to read', () => {
    const preview = previewForwarding(inputs([[2, null], [3, service(3, all)]]), sessionsPush)
    expect(preview.outcomes.map((o) => o.verdict)).toEqual(['withdrawn', 'copy'])
  })

  it('a sender with no agreements sends nothing anywhere', () => {
    expect(previewForwarding(inputs([]), sessionsPush)).toMatchObject({ outcomes: [], copies: 0, blocked: null })
  })
})
