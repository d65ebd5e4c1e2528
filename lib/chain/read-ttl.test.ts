import { describe, expect, it } from 'vitest'
import { NetworkConfigError, NETWORKS } from './networks'
import { readTtlMs } from './read-ttl'

describe('readTtlMs', () => {
  it('is about one block per network by default', () => {
    expect(readTtlMs(NETWORKS.local, {})).toBe(1_000)
    expect(readTtlMs(NETWORKS.volta, {})).toBe(5_000)
    expect(readTtlMs(NETWORKS.ewc, { OCN_READ_TTL_MS: ' ' })).toBe(5_000)
  })

  it('takes OCN_READ_TTL_MS, 0 included', () => {
    expect(readTtlMs(NETWORKS.ewc, { OCN_READ_TTL_MS: '0' })).toBe(0)
    expect(readTtlMs(NETWORKS.local, { OCN_READ_TTL_MS: '60000' })).toBe(60_000)
  })

  it('refuses what is not a whole number of milliseconds within ten minutes, naming the variable', () => {
    for (const bad of ['-1', '1.5', '5s', '600001', 'Infinity']) {
      expect(() => readTtlMs(NETWORKS.local, { OCN_READ_TTL_MS: bad })).toThrow(NetworkConfigError)
      expect(() => readTtlMs(NETWORKS.local, { OCN_READ_TTL_MS: bad })).toThrow(/OCN_READ_TTL_MS/)
    }
  })
})
