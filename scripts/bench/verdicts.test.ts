import { describe, expect, it } from 'vitest'
import { emptyFigures, type Figures, type PaintFigures } from './figures'
import { benchBroke, type TargetSizes, verdicts } from './verdicts'

const SIZES: TargetSizes = { targetSize: 1_000, largeSize: 10_000, latencyMs: 50, loadConnections: [10] }

function paint(latencyMs: number, cliMs: number, coldMs: number, warmMs: number, failures: string[] = []): PaintFigures {
  // Playwright sees the page later than the browser paints it; the targets judge the paint.
  const later = (ms: number) => [ms + 400, ms + 400]
  return { size: 1_000, latencyMs, cliMs: [cliMs, cliMs], coldMs: [coldMs, coldMs], warmMs: [warmMs, warmMs], coldUsableMs: later(coldMs), warmUsableMs: later(warmMs), failures }
}

function find(figures: Figures, start: string) {
  const verdict = verdicts(figures, SIZES).find((v) => v.text.startsWith(start))
  if (!verdict) throw new Error(`no verdict starting "${start}"`)
  return verdict
}

describe('verdicts', () => {
  it('passes the speed targets only at the ratios the issue sets', () => {
    const figures = emptyFigures()
    figures.paint.push(paint(0, 1_350, 300, 140), paint(50, 60_000, 700, 500))
    expect(find(figures, '1,000 services, loopback, cold').outcome).toBe('PASS')
    expect(find(figures, '1,000 services, loopback, warm').outcome).toBe('FAIL')
    expect(find(figures, '1,000 services, 50 ms latency, warm').outcome).toBe('PASS')
    expect(find(figures, '1,000 services, loopback, warm').text).toContain('9.64×')
  })

  it('fails a speed target when runs failed, whatever the medians of the others', () => {
    const figures = emptyFigures()
    figures.paint.push(paint(0, 1_350, 10, 10, ['app: page never painted']))
    expect(find(figures, '1,000 services, loopback, cold')).toMatchObject({ outcome: 'FAIL', text: expect.stringContaining('never painted') })
  })

  it('tells a target not measured from a part that broke the bench', () => {
    const figures = emptyFigures()
    expect(find(figures, 'RPC round trips per cold view').outcome).toBe('SKIP')
    figures.errors.push({ part: 'rpc', message: 'proxy port busy' })
    expect(find(figures, 'RPC round trips per cold view')).toMatchObject({ outcome: 'ERROR', text: expect.stringContaining('proxy port busy') })
    expect(benchBroke(figures)).toBe(true)
    expect(benchBroke(emptyFigures())).toBe(false)
  })

  it('judges memory, bundle size and typing at their limits', () => {
    const figures = emptyFigures()
    figures.peakRss.push({ size: 10_000, bytes: 1_024 ** 3 })
    figures.servicesGzipBytes = 180 * 1_024
    figures.interaction = { size: 10_000, longTasksMs: [120, 199], keyToInputMs: [12, 49], keyToResultsMs: [30, 50], searchReadyMs: 900, unchanged: 0, failure: null }
    expect(find(figures, '10,000 services: server RSS').outcome).toBe('FAIL')
    expect(find(figures, '/services first-load').outcome).toBe('PASS')
    expect(find(figures, '10,000 services: no long task').outcome).toBe('PASS')
    expect(find(figures, '10,000 services: search box').outcome).toBe('PASS')
    expect(find(figures, '10,000 services: results follow').outcome).toBe('FAIL')
  })

  it('fails the interaction targets when the page could not be used', () => {
    const figures = emptyFigures()
    figures.interaction = { size: 10_000, longTasksMs: [], keyToInputMs: [], keyToResultsMs: [], searchReadyMs: null, unchanged: 0, failure: 'never painted' }
    expect(find(figures, '10,000 services: no long task').outcome).toBe('FAIL')
  })

  it('counts RPC traffic of many views against one, and a failed load request against the load target', () => {
    const figures = emptyFigures()
    const traffic = { requests: 2, roundTrips: 2, ethCalls: 11 }
    const none = { requests: 0, roundTrips: 0, ethCalls: 0 }
    figures.rpc = {
      size: 1_000,
      coldView: { server: traffic, browser: none },
      warmView: { server: none, browser: none },
      serverOne: traffic,
      serverMany: { ...traffic, ethCalls: 12 },
      serverViews: 100,
      serverFailed: 0,
      browserMany: { server: traffic, browser: none },
      browserViews: 20,
      browserFailed: 0,
    }
    figures.load.push({ size: 1_000, path: '/services', connections: 10, requestsPerSecond: 900, p50Ms: 10, p99Ms: 40, failed: 3, peakRssBytes: 0 })
    expect(find(figures, 'RPC round trips per cold view').outcome).toBe('PASS')
    expect(find(figures, 'RPC round trips per warm view').outcome).toBe('PASS')
    expect(find(figures, 'RPC calls for many concurrent views').outcome).toBe('FAIL')
    figures.rpc.serverMany = traffic
    expect(find(figures, 'RPC calls for many concurrent views').outcome).toBe('PASS')
    figures.rpc.serverFailed = 4
    expect(find(figures, 'RPC calls for many concurrent views')).toMatchObject({ outcome: 'FAIL', text: expect.stringContaining('4 renders failed') })
    expect(find(figures, '/services at 1,000 services, 10 connections')).toMatchObject({ outcome: 'FAIL', text: expect.stringContaining('3 failed') })
  })

  it('says when Lighthouse is not available instead of scoring', () => {
    const figures = emptyFigures()
    figures.lighthouse = { unavailable: 'Lighthouse: not available on Node 20 here (not installed)' }
    expect(find(figures, 'Lighthouse mobile')).toMatchObject({ outcome: 'SKIP', text: expect.stringContaining('not installed') })
    figures.lighthouse = { size: 1_000, mobile: 96, desktop: 99 }
    expect(find(figures, 'Lighthouse mobile').outcome).toBe('PASS')
    figures.lighthouse = { size: 1_000, failure: 'Runtime error encountered: NO_FCP' }
    expect(find(figures, 'Lighthouse mobile')).toMatchObject({ outcome: 'FAIL', text: expect.stringContaining('NO_FCP') })
  })
})
