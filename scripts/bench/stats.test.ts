import { describe, expect, it } from 'vitest'
import { oneLine } from './reads'
import { formatMs, formatRatio, median, mentionsCount, percentile, roundTrips, speedup } from './stats'

describe('median and percentile', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([])).toBeNaN()
  })

  it('gives a measured value at the nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1)
    expect(percentile(values, 50)).toBe(50)
    expect(percentile(values, 99)).toBe(99)
    expect(percentile([7], 99)).toBe(7)
  })
})

describe('speedup and its printing', () => {
  it('is CLI time over app time', () => {
    expect(speedup(1_350, 135)).toBe(10)
    expect(formatRatio(speedup(1_350, 135))).toBe('10×')
    expect(formatRatio(speedup(1_350, 1_680))).toBe('0.80×')
  })

  it('has no figure when a side has none, rather than a flattering one', () => {
    expect(formatRatio(speedup(Number.NaN, 100))).toBe('-')
    expect(formatRatio(speedup(1_000, 0))).toBe('-')
    expect(formatMs(Number.NaN)).toBe('-')
    expect(formatMs(12_345)).toBe('12.3 s')
  })
})

describe('roundTrips', () => {
  it('counts requests in flight together as one round trip', () => {
    expect(roundTrips([])).toBe(0)
    expect(roundTrips([{ start: 0, end: 10 }, { start: 1, end: 12 }, { start: 2, end: 9 }])).toBe(1)
  })

  it('counts a request sent after the others answered as a new one', () => {
    const requests = [{ start: 20, end: 30 }, { start: 0, end: 10 }, { start: 5, end: 15 }, { start: 31, end: 40 }]
    expect(roundTrips(requests)).toBe(3)
  })
})

describe('mentionsCount', () => {
  it('finds the total in the catalog result count however it is written', () => {
    expect(mentionsCount('105 services', 105)).toBe(true)
    expect(mentionsCount('1–50 of 10,012 services', 10_012)).toBe(true)
    expect(mentionsCount('12 of 1,005 services', 1_005)).toBe(true)
  })

  it('does not take a wrong or partial count for the expected one', () => {
    expect(mentionsCount('105 services', 10)).toBe(false)
    expect(mentionsCount('1–50 of 10,012 services', 50_10)).toBe(false)
    expect(mentionsCount('No services yet', 0)).toBe(false)
  })
})

describe('oneLine', () => {
  it("keeps a Playwright error's reason without its colours and call log", () => {
    const error = new Error("locator.waitFor: Timeout 180000ms exceeded.\nCall log:\n\u001b[2m  - waiting for getByTestId('result-count')\u001b[22m\n")
    expect(oneLine(error)).toBe('locator.waitFor: Timeout 180000ms exceeded.')
  })
})
