import { enT } from '../i18n/testing'
import { describe, expect, it } from 'vitest'
import { historyDateTime, shortHash } from './dates'
import { MAX_LIST } from './decode'
import { describeActivity, KEPT_LIST_VALUES, permissionDiffRows, permissionName, timelinePlainText, type TimelineContext } from './timeline'
import type { ActivityDetails, ActivityItem, ActivityKind, Hex } from './types'

const MSP: Hex = '0x70997970c51812dc3a010c7d01b50e0d17dc79c8'
const BIL: Hex = '0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc'
const GONE: Hex = '0x90f79bf6eb2c4f870365e785982e1f101e93b906'
const names = { [MSP]: 'DE*MSP', [BIL]: 'DE*BIL' }
const onService: TimelineContext = { page: 'service' }

function item(kind: ActivityKind, details: ActivityDetails, subject: Hex | null = null, provider: Hex | null = BIL): ActivityItem {
  return { id: '1', kind, details, subject, provider, sender: MSP, block: '7', time: 1_764_115_200, tx: `0x${'ab'.repeat(32)}` }
}

const say = (activity: ActivityItem, context: TimelineContext = onService) => timelinePlainText(describeActivity(activity, names, context, enT))

describe('service events in plain language', () => {
  it('counts a listing once per permission and lists them, personal data marked', () => {
    expect(say(item('service-listed', { name: 'Billing', url: 'https://b.example', permissions: ['8', '6', '8', '3'] }))).toBe(
      'Listed with 3 permissions Locations (sender) Sessions (receiver) (personal data) CDRs (receiver) (personal data); Name: Billing; URL: https://b.example',
    )
    expect(say(item('service-relisted', { permissions: ['0'] }))).toBe('Re-listed with 1 permission All OCPI modules (personal data)')
  })

  it('counts a list the indexer cut as a lower bound', () => {
    expect(KEPT_LIST_VALUES).toBe(MAX_LIST)
    const values = Array.from({ length: MAX_LIST }, (_, i) => String(1000 + i))
    expect(timelinePlainText(describeActivity(item('service-listed', { permissions: values }), names, onService, enT))).toMatch(/^Listed with 100 or more permission values \(the first 100 kept\) Unknown permission #1000 /)
  })

  it('shows a permission change as a diff, added first, in permission order', () => {
    const lines = describeActivity(item('service-changed', { permissions: { added: ['12', '6'], removed: ['9'] } }), names, onService, enT)
    expect(timelinePlainText(lines)).toBe('Permissions changed: + Sessions (receiver) (personal data) + Tokens (receiver) (personal data) − Tariffs (sender)')
    expect(lines[0].permissions!.map((row) => row.change)).toEqual(['added', 'added', 'removed'])
  })

  it('names a rename and a URL change with both values, kept apart as on-chain text', () => {
    const lines = describeActivity(item('service-changed', { name: { from: 'Old', to: '<b>New</b>' }, url: { from: 'https://a.example', to: 'https://c.example' } }), names, onService, enT)
    expect(timelinePlainText(lines)).toBe('Renamed from Old to <b>New</b>; URL changed from https://a.example to https://c.example')
    expect(lines[0].pieces).toContainEqual({ kind: 'untrusted', value: '<b>New</b>', max: 60 })
  })

  it('says when a listing was saved again without a change, and when it was withdrawn', () => {
    expect(say(item('service-changed', {}))).toBe('Listing saved again without a change')
    expect(say(item('service-withdrawn', { decidedBy: 'selector' }))).toBe('Withdrawn: the service is no longer listed')
  })
})

describe('agreements', () => {
  it('name the party by its credentials, or by its address once it is no longer listed', () => {
    expect(say(item('agreement-created', {}, MSP))).toBe('DE*MSP agreed')
    expect(say(item('agreement-revoked', {}, MSP))).toBe('DE*MSP revoked')
    expect(say(item('agreement-created', {}, GONE))).toBe(`${GONE} agreed`)
  })

  it('on a party page name the other side, and not the party itself', () => {
    expect(say(item('agreement-created', {}, MSP, BIL), { page: 'party', self: MSP })).toBe('DE*MSP agreed to the service of DE*BIL')
    expect(say(item('agreement-revoked', {}, MSP, BIL), { page: 'party', self: MSP })).toBe('DE*MSP revoked its agreement with the service of DE*BIL')
    expect(say(item('agreement-created', {}, MSP, BIL), { page: 'party', self: BIL })).toBe('DE*MSP agreed')
  })
})

describe('party, node and ownership events', () => {
  it('describe a listing and each kind of change', () => {
    expect(say(item('party-listed', { credentials: 'DE*MSP', roles: { added: ['EMSP', 'CPO'], removed: [] } }, MSP))).toBe('Party listed as DE*MSP; Roles: EMSP, CPO')
    expect(
      say(
        item('party-changed', {
          credentials: { from: 'DE*MSP', to: 'DE*MSQ' },
          roles: { added: ['HUB', '9'], removed: ['CPO'] },
          modulesSender: { added: ['cdrs'], removed: [] },
          modulesReceiver: { added: [], removed: ['tokens', '9', '<b>'] },
          node: { from: MSP, to: BIL },
        }),
      ),
    ).toBe(`Party changed; Credentials changed from DE*MSP to DE*MSQ; Roles: + HUB + #9 − CPO; Sender modules: + CDRs; Receiver modules: − Tokens − Unknown module #9 − <b>; Node changed from ${MSP} to ${BIL}`)
    expect(say(item('party-deleted', { credentials: 'DE*MSP' }))).toBe('Party deleted (was DE*MSP)')
  })

  it('describe nodes and the Registry owner', () => {
    expect(say(item('node-listed', { domain: 'http://localhost:8080' }))).toBe('Node listed at http://localhost:8080')
    expect(say(item('node-changed', { domain: { from: 'http://a', to: 'http://b' } }))).toBe('Node URL changed from http://a to http://b')
    expect(say(item('node-deleted', {}))).toBe('Node deleted')
    expect(say(item('ownership-transferred', { previousOwner: MSP, newOwner: GONE }))).toBe(`Registry ownership transferred from DE*MSP to ${GONE}`)
  })
})

describe('permission names and formats', () => {
  it('name known permissions by module and direction, and unknown values as unknown', () => {
    expect(permissionName('0', enT)).toEqual({ label: 'All OCPI modules', personal: true })
    expect(permissionName('4', enT)).toEqual({ label: 'Locations (receiver)', personal: false })
    expect(permissionName('17', enT)).toEqual({ label: 'Unknown permission #17', personal: false })
    expect(permissionName('not a number', enT).label).toBe('Unknown permission value')
  })

  it('cut a long unknown value like the service page does, the whole value kept as a title', () => {
    const max = (2n ** 256n - 1n).toString()
    expect(permissionName(max, enT)).toEqual({ label: 'Unknown permission #11579208923…', personal: false, title: `Unknown permission #${max}` })
  })

  it('collapse duplicate values in a diff', () => {
    expect(permissionDiffRows({ added: ['5', '5'], removed: [] }, enT)).toHaveLength(1)
  })

  it('format block times the same everywhere, in UTC', () => {
    expect(historyDateTime(1_764_115_200)).toEqual({ iso: '2025-11-26T00:00:00.000Z', text: '26 Nov 2025, 00:00 UTC', day: '26 Nov 2025' })
    expect(shortHash(`0x${'ab'.repeat(32)}`)).toBe('0xabababab…abababab')
  })
})
