import { describe, expect, it } from 'vitest'
import { splitPeriods } from './periods'
import type { AgreementPeriod, Hex } from './types'

const USER: Hex = '0x00000000000000000000000000000000000000aa'
const PROVIDER_A: Hex = '0x00000000000000000000000000000000000000Bb'
const PROVIDER_B: Hex = '0x00000000000000000000000000000000000000cc'

function period(id: string, provider: Hex, revoked: boolean): AgreementPeriod {
  const at = { block: id, time: Number(id) * 12, tx: `0x${id.padStart(64, '0')}` as Hex }
  return { id, user: USER, provider, agreed: { ...at, permissions: ['3'] }, revoked: revoked ? { ...at, block: `${id}9` } : null }
}

describe('splitPeriods', () => {
  it('finds each active agreement by provider (any case) and keeps revoked periods in the order given', () => {
    const periods = [period('30', PROVIDER_A, false), period('20', PROVIDER_B, true), period('10', PROVIDER_A, true)]
    const { active, past } = splitPeriods(periods)
    expect([...active.keys()]).toEqual([PROVIDER_A.toLowerCase()])
    expect(active.get(PROVIDER_A.toLowerCase())?.id).toBe('30')
    expect(past.map((p) => p.id)).toEqual(['20', '10'])
  })

  it('takes the newest period when two are open for one provider', () => {
    const { active } = splitPeriods([period('10', PROVIDER_A, false), period('30', PROVIDER_A, false)])
    expect(active.get(PROVIDER_A.toLowerCase())?.id).toBe('30')
  })
})
