import { describe, expect, it } from 'vitest'
import { parseOptions, PARTS, UsageError } from './options'

describe('parseOptions', () => {
  it('runs everything at the issue sizes by default, latency up to the target size', () => {
    const options = parseOptions([])
    expect([...options.parts]).toEqual([...PARTS])
    expect(options.sizes).toEqual([10, 100, 1_000, 10_000])
    expect(options.latencySizes).toEqual([10, 100, 1_000])
    expect(options.targetSize).toBe(1_000)
    expect(options.build).toBe(true)
    expect([options.historyServices, options.historyEvents]).toEqual([1_000, 10_000])
  })

  it('has a quick run at small sizes', () => {
    const options = parseOptions(['--quick'])
    expect(options.sizes).toEqual([10, 100])
    expect(options.targetSize).toBe(100)
    expect(options.runs).toBeLessThan(parseOptions([]).runs)
  })

  it('takes sizes, runs and parts, and keeps latency to measured sizes', () => {
    const options = parseOptions(['--sizes', '100,10', '--runs', '2', '--parts', 'paint,latency', '--no-build'])
    expect(options.sizes).toEqual([10, 100])
    expect(options.runs).toBe(2)
    expect([...options.parts]).toEqual(['paint', 'latency'])
    expect(options.latencySizes).toEqual([10, 100])
    expect(options.build).toBe(false)
    const history = parseOptions(['--parts', 'history', '--history-services', '200', '--history-events', '2000'])
    expect([...history.parts]).toEqual(['history'])
    expect([history.historyServices, history.historyEvents]).toEqual([200, 2_000])
    const manifests = parseOptions(['--parts', 'manifests', '--manifest-services', '300', '--manifest-views', '40'])
    expect([...manifests.parts]).toEqual(['manifests'])
    expect([manifests.manifestServices, manifests.manifestViews]).toEqual([300, 40])
    expect([parseOptions([]).manifestServices, parseOptions([]).manifestViews]).toEqual([1_000, 100])
    expect(parseOptions(['--sizes', '10,10000', '--latency-sizes', '10000']).latencySizes).toEqual([10_000])
  })

  it('refuses what it does not know, with a message', () => {
    expect(() => parseOptions(['--sizes', '10,ten'])).toThrow(UsageError)
    expect(() => parseOptions(['--runs', '0'])).toThrow(/positive whole number/)
    expect(() => parseOptions(['--parts', 'paint,speed'])).toThrow(/unknown: speed/)
    expect(() => parseOptions(['--fast'])).toThrow(/Unknown flag --fast/)
  })
})
