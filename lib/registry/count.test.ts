import { describe, expect, it } from 'vitest'
import { deT, enT } from '../i18n/testing'
import { pageOf } from '../paging/page'
import { describePartyCount } from './count'

const parties = (n: number) => Array.from({ length: n }, (_, i) => i)

describe('the Registry’s party count', () => {
  it('says how many parties, which of them are shown, and how many match', () => {
    expect(describePartyCount(pageOf(parties(13), 1, 50), 13, enT)).toBe('13 parties')
    expect(describePartyCount(pageOf(parties(1), 1, 50), 1, enT)).toBe('1 party')
    expect(describePartyCount(pageOf(parties(2), 1, 50), 13, enT)).toBe('2 of 13 parties')
    expect(describePartyCount(pageOf(parties(73), 2, 50), 73, enT)).toBe('Showing 51–73 of 73 parties')
    expect(describePartyCount(pageOf(parties(120), 1, 50), 10_003, enT)).toBe('Showing 1–50 of 120 matching parties (10,003 in all)')
  })

  it('in German, with German numbers', () => {
    expect(describePartyCount(pageOf(parties(1), 1, 50), 1, deT)).toBe('1 Partei')
    expect(describePartyCount(pageOf(parties(120), 1, 50), 10_003, deT)).toBe('1–50 von 120 passenden Parteien (10.003 insgesamt)')
  })
})
