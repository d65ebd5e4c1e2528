import { describe, expect, it } from 'vitest'
import { PERMISSION } from '../ocn/catalog'
import type { ReviewedPermission } from '../ocn/permission-review'
import { agreementChange, carriesPersonalData, HISTORY_LIST_MAX, parsePermissionValues } from './agreement-changes'
import { clipList, MAX_LIST } from './decode'

const { FORWARD_MODULE_LOCATIONS_SENDER: LOCATIONS, FORWARD_MODULE_SESSIONS_RECEIVER: SESSIONS, FORWARD_MODULE_TARIFFS_SENDER: TARIFFS, FORWARD_ALL: ALL } =
  PERMISSION

const values = (list: ReviewedPermission[]) => list.map((p) => p.value)

describe('agreementChange', () => {
  it('flags nothing when the permissions are the same set, whatever the order or repeats', () => {
    expect(agreementChange(['3', '6'], [LOCATIONS, SESSIONS])).toEqual({ kind: 'unchanged' })
    expect(agreementChange(['6', '3', '3'], [LOCATIONS, SESSIONS, SESSIONS])).toEqual({ kind: 'unchanged' })
    expect(agreementChange([], [])).toEqual({ kind: 'unchanged' })
  })

  it('lists permissions added since the party agreed, and those removed, each once in catalog order', () => {
    const change = agreementChange(['9', '3'], [SESSIONS, LOCATIONS, ALL, SESSIONS])
    expect(change.kind).toBe('changed')
    if (change.kind !== 'changed') return
    expect(values(change.added)).toEqual([ALL, SESSIONS])
    expect(change.added.every((p) => p.count === 1)).toBe(true)
    expect(values(change.removed)).toEqual([TARIFFS])
  })

  it('keeps values the catalog does not know, as unknown, after the known ones', () => {
    const change = agreementChange(['3'], [99n, LOCATIONS, 2n ** 40n, SESSIONS])
    if (change.kind !== 'changed') throw new Error(`expected a change, got ${change.kind}`)
    expect(values(change.added)).toEqual([SESSIONS, 99n, 2n ** 40n])
    const [, unknown, huge] = change.added
    expect(unknown.known).toBe(false)
    expect(huge.known === false && huge.breaksNodes).toBe(true)
    expect(change.removed).toEqual([])
  })

  it('marks which changes carry personal data', () => {
    const change = agreementChange(['9'], [SESSIONS, LOCATIONS, 99n])
    if (change.kind !== 'changed') throw new Error(`expected a change, got ${change.kind}`)
    expect(change.added.map(carriesPersonalData)).toEqual([false, true, false])
    expect(change.removed.map(carriesPersonalData)).toEqual([false])
  })

  it('reads a withdrawn service as withdrawn, not as every permission removed', () => {
    expect(agreementChange(['3', '6'], null)).toEqual({ kind: 'withdrawn' })
  })

  it('never throws on a value that is not a decimal string: it stays an unknown removed value', () => {
    expect(parsePermissionValues(['3', '0x10', '', ' 4'])).toEqual([3n, -1n, -1n, -1n])
    const change = agreementChange(['3', 'nonsense'], [LOCATIONS])
    if (change.kind !== 'changed') throw new Error(`expected a change, got ${change.kind}`)
    expect(change.added).toEqual([])
    expect(change.removed).toHaveLength(1)
    expect(change.removed[0].known).toBe(false)
  })

  it('calls nothing added when the history cut the agreed list, and still names what was removed', () => {
    expect(HISTORY_LIST_MAX).toBe(MAX_LIST)
    // As the indexer stores a 300-value listing: its first 100 values.
    const listed = Array.from({ length: 300 }, (_, i) => BigInt(i))
    const agreed = clipList(listed.map(String))
    expect(agreementChange(agreed, listed)).toEqual({ kind: 'unverifiable', agreed: HISTORY_LIST_MAX })
    const change = agreementChange(agreed, listed.filter((value) => value !== 3n))
    if (change.kind !== 'changed') throw new Error(`expected a change, got ${change.kind}`)
    expect(change.added).toEqual([])
    expect(values(change.removed)).toEqual([LOCATIONS])
    // One value fewer than the bound is a whole list: additions are told.
    const whole = listed.slice(0, HISTORY_LIST_MAX - 1)
    expect(agreementChange(whole.map(String), [...whole, 500n]).kind).toBe('changed')
  })
})
