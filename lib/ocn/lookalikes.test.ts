import type { Address } from 'viem'
import { describe, expect, it } from 'vitest'
import { findLookalikes, type Lookalike, lookalikeKey } from './lookalikes'
import type { Party, Service } from './reads'

let next = 1
function service(name: string, credentials = `NL*S${String(next).padStart(2, '0')}`): Service {
  const provider = `0x${(next++).toString(16).padStart(40, '0')}` as Address
  const [countryCode, partyId] = credentials.split('*')
  const party: Party = {
    address: provider,
    countryCode,
    partyId,
    roles: [5],
    modulesSender: [],
    modulesReceiver: [],
    operator: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8',
    nodeDomain: 'http://localhost:8080',
  }
  return { provider, name, url: 'https://example.com', permissions: [8n], party }
}

function flagsOf(report: ReturnType<typeof findLookalikes>, s: Service): Lookalike[] {
  return report[s.provider] ?? []
}

describe('lookalike keys (UTS #39 skeletons)', () => {
  it('reads a Cyrillic а, a Greek Ρ and fullwidth letters as their Latin lookalikes', () => {
    expect(lookalikeKey('Smart P\u0430yment')).toBe(lookalikeKey('Smart Payment'))
    expect(lookalikeKey('\u03A1ayment')).toBe(lookalikeKey('Payment'))
    expect(lookalikeKey('Ｐａｙ')).toBe(lookalikeKey('Pay'))
  })

  it('reads l, I, 1 and |, and 0 and O, as one another, and ignores case', () => {
    expect(lookalikeKey('BiIling')).toBe(lookalikeKey('Billing'))
    expect(lookalikeKey('Bi1ling')).toBe(lookalikeKey('Billing'))
    expect(lookalikeKey('R0aming')).toBe(lookalikeKey('Roaming'))
    expect(lookalikeKey('SMART PAYMENT')).toBe(lookalikeKey('smart payment'))
    expect(lookalikeKey('NL*CP0')).toBe(lookalikeKey('NL*CPO'))
  })

  it('ignores hidden characters and repeated spaces, but keeps different words apart', () => {
    expect(lookalikeKey('Smart\u200B  Pay\u00ADment ')).toBe(lookalikeKey('Smart Payment'))
    expect(lookalikeKey('Smart Charging')).not.toBe(lookalikeKey('Smart Payment'))
    expect(lookalikeKey(' \u200B ')).toBe('')
  })
})

describe('lookalikes in a catalog', () => {
  it('flags a Cyrillic copy of a name on both services, naming the other', () => {
    const original = service('Smart Payment', 'DE*PAY')
    const copy = service('Smart P\u0430yment', 'ZZ*PAY')
    const unrelated = service('Roaming Billing')
    const report = findLookalikes([original, copy, unrelated])
    expect(flagsOf(report, copy)).toEqual([
      { kind: 'confusable-name', others: [{ provider: original.provider, name: 'Smart Payment', credentials: 'DE*PAY' }], count: 1 },
      { kind: 'mixed-scripts', scripts: ['Latin', 'Cyrillic'] },
    ])
    expect(flagsOf(report, original)).toEqual([
      { kind: 'confusable-name', others: [{ provider: copy.provider, name: 'Smart P\u0430yment', credentials: 'ZZ*PAY' }], count: 1 },
    ])
    expect(flagsOf(report, unrelated)).toEqual([])
  })

  it('tells a reused name from a respelled one, and case and l/I/1 from both', () => {
    const a = service('Grid Billing')
    const b = service('Grid Billing')
    const c = service('GRID BILLING')
    const d = service('Grid Bi1Iing')
    const report = findLookalikes([a, b, c, d])
    expect(flagsOf(report, a).map((f) => f.kind)).toEqual(['same-name', 'confusable-name'])
    expect(flagsOf(report, a)[0]).toMatchObject({ others: [{ provider: b.provider }], count: 1 })
    expect(flagsOf(report, a)[1]).toMatchObject({ others: [{ provider: c.provider }, { provider: d.provider }], count: 2 })
    expect(flagsOf(report, c)).toEqual([{ kind: 'confusable-name', others: expect.any(Array), count: 3 }])
    expect(flagsOf(report, d).map((f) => f.kind)).toEqual(['confusable-name'])
  })

  it('flags provider credentials that read alike, 0 for O and 1 for I', () => {
    const a = service('Alpha', 'NL*CPO')
    const b = service('Beta', 'NL*CP0')
    const c = service('Gamma', 'NL*CPX')
    const report = findLookalikes([a, b, c])
    expect(flagsOf(report, b)).toEqual([{ kind: 'confusable-credentials', others: [{ provider: a.provider, name: 'Alpha', credentials: 'NL*CPO' }], count: 1 }])
    expect(flagsOf(report, c)).toEqual([])
  })

  it('never groups nameless services together', () => {
    const report = findLookalikes([service(''), service('   '), service('\u200B')])
    expect(report).toEqual({})
  })

  it('handles 10,000 services sharing one name in linear time, naming only a few', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => service(i % 2 ? 'Clone Billing' : 'CL0NE BILLING'))
    const started = performance.now()
    const report = findLookalikes(many)
    expect(performance.now() - started).toBeLessThan(2_000)
    const flags = flagsOf(report, many[0])
    expect(flags).toEqual([
      { kind: 'same-name', others: expect.any(Array), count: 4_999 },
      { kind: 'confusable-name', others: expect.any(Array), count: 5_000 },
    ])
    expect((flags[0] as { others: unknown[] }).others).toHaveLength(3)
  })
})
