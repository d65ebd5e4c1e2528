import { describe, expect, it } from 'vitest'
import { booleanFlag } from './env-flag'
import { NetworkConfigError } from './networks'

describe('yes/no settings', () => {
  it('accepts the usual spellings, in any case and with spaces around', () => {
    for (const yes of ['true', 'TRUE', 'True', '1', 'yes', 'YES', 'on', ' On\n']) expect(booleanFlag({ FLAG: yes }, 'FLAG', false), yes).toBe(true)
    for (const no of ['false', 'False', '0', 'no', 'NO', 'off', '\toff ']) expect(booleanFlag({ FLAG: no }, 'FLAG', true), no).toBe(false)
  })

  it('uses the default when unset or blank', () => {
    expect(booleanFlag({}, 'FLAG', true)).toBe(true)
    expect(booleanFlag({ FLAG: '  ' }, 'FLAG', false)).toBe(false)
  })

  it('refuses anything else with a message naming the variable', () => {
    for (const bad of ['maybe', 'y', 'tru', '2', 'disabled']) {
      expect(() => booleanFlag({ FLAG: bad }, 'FLAG', true), bad).toThrow(NetworkConfigError)
    }
    expect(() => booleanFlag({ FLAG: 'enable' }, 'FLAG', true)).toThrow('FLAG must be true or false (or 1/0, yes/no, on/off), not "enable".')
  })
})
