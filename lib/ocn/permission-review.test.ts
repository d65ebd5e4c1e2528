import { describe, expect, it } from 'vitest'
import { deT, enT } from '../i18n/testing'
import { PERMISSION } from './catalog'
import { permissionValueLabel } from './catalog'
import { catchAllBySenderPlusReceiver, catchAllReach, catchAllText, reviewPermissions, unknownPermissionExplanation } from './permission-review'

const {
  FORWARD_ALL: ALL,
  FORWARD_ALL_SENDER: SENDER,
  FORWARD_ALL_RECEIVER: RECEIVER,
  FORWARD_MODULE_LOCATIONS_SENDER: LOCATIONS_SENDER,
  FORWARD_MODULE_CDRS_SENDER: CDRS_SENDER,
  FORWARD_MODULE_CDRS_RECEIVER: CDRS_RECEIVER,
  FORWARD_MODULE_CHARGINGPROFILES_RECEIVER: PROFILES_RECEIVER,
  FORWARD_MODULE_SESSIONS_SENDER: SESSIONS_SENDER,
} = PERMISSION

describe('catch-all permissions', () => {
  it('reads FORWARD_ALL, and FORWARD_ALL_SENDER with FORWARD_ALL_RECEIVER, as every request', () => {
    expect(catchAllReach([ALL])).toBe('every-request')
    expect(catchAllReach([SENDER, RECEIVER])).toBe('every-request')
    expect(catchAllReach([RECEIVER, CDRS_RECEIVER, SENDER])).toBe('every-request')
    expect(catchAllReach([ALL, SENDER])).toBe('every-request')
    expect(catchAllReach([ALL, SENDER, RECEIVER])).toBe('every-request')
  })

  it('reads FORWARD_ALL_SENDER alone as sender interfaces only, FORWARD_ALL_RECEIVER alone as receiver only', () => {
    expect(catchAllReach([SENDER])).toBe('sender')
    expect(catchAllReach([SENDER, CDRS_RECEIVER, SENDER])).toBe('sender')
    expect(catchAllReach([RECEIVER])).toBe('receiver')
    expect(catchAllReach([RECEIVER, CDRS_SENDER])).toBe('receiver')
  })

  it('explains SENDER with RECEIVER as every request only when FORWARD_ALL itself is not listed', () => {
    expect(catchAllBySenderPlusReceiver([SENDER, CDRS_RECEIVER, RECEIVER])).toBe(true)
    expect(catchAllBySenderPlusReceiver([ALL, SENDER, RECEIVER])).toBe(false)
    expect(catchAllBySenderPlusReceiver([SENDER])).toBe(false)
    expect(catchAllBySenderPlusReceiver([RECEIVER, CDRS_RECEIVER])).toBe(false)
  })

  it('finds no catch-all in module permissions or unknown values', () => {
    expect(catchAllReach([LOCATIONS_SENDER, CDRS_RECEIVER, PROFILES_RECEIVER])).toBeNull()
    expect(catchAllReach([17n, RECEIVER ** 256n - SENDER])).toBeNull()
    expect(catchAllReach([])).toBeNull()
  })

  it('words each reach for what it grants, never "every request" for one direction', () => {
    expect(catchAllText('every-request', enT).confirm).toMatch(/every OCPI request my party sends, in every module, to sender and receiver interfaces alike/)
    for (const reach of ['sender', 'receiver'] as const) {
      const other = reach === 'sender' ? 'receiver' : 'sender'
      const text = catchAllText(reach, enT)
      expect(text.chip).toBe(`All modules · ${reach}`)
      expect(text.headline).toContain(`to a ${reach} interface`)
      expect(text.confirm).toContain(`to a ${reach} interface`)
      expect(text.confirm).not.toMatch(/every OCPI request/)
      expect(text.detail).toContain(`Requests to ${other} interfaces`)
    }
    expect(catchAllText('sender', deT).headline).toContain('an eine Sender-Schnittstelle')
  })
})

describe('reviewing a permission list', () => {
  it('keeps every value, collapses duplicates with a count, known ones first in catalog order', () => {
    const reviewed = reviewPermissions([CDRS_RECEIVER, 17n, SESSIONS_SENDER, CDRS_RECEIVER, 2n ** 256n - 1n, CDRS_RECEIVER, 17n])
    expect(reviewed.map((p) => [p.value, p.count, p.known])).toEqual([
      [SESSIONS_SENDER, 1, true],
      [CDRS_RECEIVER, 3, true],
      [17n, 2, false],
      [2n ** 256n - 1n, 1, false],
    ])
    expect(reviewed[1]).toMatchObject({ permission: { name: 'FORWARD_MODULE_CDRS_RECEIVER' } })
  })

  it('states unknown values as unknown, and warns when a value is too large for OCN nodes', () => {
    const [small, edge, large] = reviewPermissions([17n, 2n ** 31n - 1n, 2n ** 31n])
    expect(small).toMatchObject({ known: false, breaksNodes: false })
    expect(permissionValueLabel(small.value, enT)).toBe('Unknown permission #17')
    expect(permissionValueLabel(small.value, deT)).toBe('Unbekannte Berechtigung #17')
    expect(!small.known && unknownPermissionExplanation(small, enT)).toContain('OCN nodes ignore it')
    expect(edge).toMatchObject({ breaksNodes: false })
    expect(large).toMatchObject({ known: false, breaksNodes: true })
    expect(permissionValueLabel(large.value, enT)).toBe(`Unknown permission #${2n ** 31n}`)
    expect(!large.known && unknownPermissionExplanation(large, enT)).toContain('may stop it forwarding')
    expect(!large.known && unknownPermissionExplanation(large, deT)).toContain('ocn-node scheitert daran')
  })
})
