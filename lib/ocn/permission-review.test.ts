import { describe, expect, it } from 'vitest'
import { CATCH_ALL_TEXT, catchAllReach, reviewPermissions } from './permission-review'

describe('catch-all permissions', () => {
  it('reads FORWARD_ALL, and FORWARD_ALL_SENDER with FORWARD_ALL_RECEIVER, as every request', () => {
    expect(catchAllReach([0n])).toBe('every-request')
    expect(catchAllReach([1n, 2n])).toBe('every-request')
    expect(catchAllReach([2n, 8n, 1n])).toBe('every-request')
    expect(catchAllReach([0n, 1n])).toBe('every-request')
    expect(catchAllReach([0n, 1n, 2n])).toBe('every-request')
  })

  it('reads FORWARD_ALL_SENDER alone as sender interfaces only, FORWARD_ALL_RECEIVER alone as receiver only', () => {
    expect(catchAllReach([1n])).toBe('sender')
    expect(catchAllReach([1n, 8n, 1n])).toBe('sender')
    expect(catchAllReach([2n])).toBe('receiver')
    expect(catchAllReach([2n, 7n])).toBe('receiver')
  })

  it('finds no catch-all in module permissions or unknown values', () => {
    expect(catchAllReach([3n, 8n, 16n])).toBeNull()
    expect(catchAllReach([17n, 2n ** 256n - 1n])).toBeNull()
    expect(catchAllReach([])).toBeNull()
  })

  it('words each reach for what it grants, never "every request" for one direction', () => {
    expect(CATCH_ALL_TEXT['every-request'].confirm).toMatch(/every OCPI request my party sends, in every module, to sender and receiver interfaces alike/)
    for (const reach of ['sender', 'receiver'] as const) {
      const other = reach === 'sender' ? 'receiver' : 'sender'
      const text = CATCH_ALL_TEXT[reach]
      expect(text.chip).toBe(`All modules · ${reach}`)
      expect(text.headline).toContain(`to a ${reach} interface`)
      expect(text.confirm).toContain(`to a ${reach} interface`)
      expect(text.confirm).not.toMatch(/every OCPI request/)
      expect(text.detail).toContain(`Requests to ${other} interfaces`)
    }
  })
})

describe('reviewing a permission list', () => {
  it('keeps every value, collapses duplicates with a count, known ones first in catalog order', () => {
    const reviewed = reviewPermissions([8n, 17n, 5n, 8n, 2n ** 256n - 1n, 8n, 17n])
    expect(reviewed.map((p) => [p.value, p.count, p.known])).toEqual([
      [5n, 1, true],
      [8n, 3, true],
      [17n, 2, false],
      [2n ** 256n - 1n, 1, false],
    ])
    expect(reviewed[1]).toMatchObject({ permission: { name: 'FORWARD_MODULE_CDRS_RECEIVER' } })
  })

  it('states unknown values as unknown, and warns when a value is too large for OCN nodes', () => {
    const [small, edge, large] = reviewPermissions([17n, 2n ** 31n - 1n, 2n ** 31n])
    expect(small).toMatchObject({ known: false, label: 'Unknown permission #17', breaksNodes: false })
    expect(!small.known && small.explanation).toContain('OCN nodes ignore it')
    expect(edge).toMatchObject({ breaksNodes: false })
    expect(large).toMatchObject({ known: false, label: `Unknown permission #${2n ** 31n}`, breaksNodes: true })
    expect(!large.known && large.explanation).toContain('may stop it forwarding')
  })
})
