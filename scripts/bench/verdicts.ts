// The issue's targets, each judged from the figures. SKIP means the bench did not measure it (a part or a size
// left out); ERROR means the bench broke while measuring it, which is not the app failing the target.
import type { Figures, PaintFigures } from './figures'
import { formatMib, formatMs, formatRatio, median, speedup } from './stats'

export type Outcome = 'PASS' | 'FAIL' | 'SKIP' | 'ERROR'
export type Verdict = { outcome: Outcome; text: string }

export const TARGETS = {
  coldSpeedup: 4,
  warmSpeedup: 10,
  latencyWarmSpeedup: 100,
  coldRoundTrips: 2,
  warmRoundTrips: 0,
  requestsPerSecond: 200,
  p99Ms: 200,
  longTaskMs: 200,
  keystrokeMs: 50,
  rssBytes: 1_024 ** 3,
  servicesGzipKib: 180,
  lighthouseMobile: 95,
} as const

export type TargetSizes = { targetSize: number; largeSize: number; latencyMs: number; loadConnections: number[] }

function judge(pass: boolean, text: string): Verdict {
  return { outcome: pass ? 'PASS' : 'FAIL', text }
}

function partError(figures: Figures, part: string): string | undefined {
  return figures.errors.find((error) => error.part === part)?.message
}

function missing(figures: Figures, part: string, text: string): Verdict {
  const error = partError(figures, part)
  return error ? { outcome: 'ERROR', text: `${text}: ${error}` } : { outcome: 'SKIP', text: `${text}: not measured` }
}

/** Medians of one size's paint runs; a failed app run makes the app's figure a failure, never a faster median. */
export function paintMedians(paint: PaintFigures): { cliMs: number; coldMs: number; warmMs: number; coldUsableMs: number; warmUsableMs: number } {
  const usable = paint.failures.length === 0
  const app = (runs: number[]) => (usable ? median(runs) : Number.NaN)
  return {
    cliMs: paint.failures.some((failure) => failure.startsWith('CLI')) ? Number.NaN : median(paint.cliMs),
    coldMs: app(paint.coldMs),
    warmMs: app(paint.warmMs),
    coldUsableMs: app(paint.coldUsableMs),
    warmUsableMs: app(paint.warmUsableMs),
  }
}

function speedVerdict(paint: PaintFigures | undefined, figures: Figures, which: 'cold' | 'warm', target: number, label: string): Verdict {
  const text = `${label}: app paints the catalog at least ${target}× faster than the CLI lists it`
  if (!paint) return missing(figures, 'paint', text)
  if (paint.failures.length) return judge(false, `${text}: runs failed (${paint.failures[0]})`)
  const m = paintMedians(paint)
  const appMs = which === 'cold' ? m.coldMs : m.warmMs
  const ratio = speedup(m.cliMs, appMs)
  return judge(ratio >= target, `${text}: ${formatRatio(ratio)} (CLI ${formatMs(m.cliMs)}, app ${formatMs(appMs)})`)
}

function speedVerdicts(figures: Figures, sizes: TargetSizes): Verdict[] {
  const at = (latencyMs: number) => figures.paint.find((p) => p.size === sizes.targetSize && p.latencyMs === latencyMs)
  const size = sizes.targetSize.toLocaleString('en')
  return [
    speedVerdict(at(0), figures, 'cold', TARGETS.coldSpeedup, `${size} services, loopback, cold`),
    speedVerdict(at(0), figures, 'warm', TARGETS.warmSpeedup, `${size} services, loopback, warm`),
    speedVerdict(at(sizes.latencyMs), figures, 'warm', TARGETS.latencyWarmSpeedup, `${size} services, ${sizes.latencyMs} ms latency, warm`),
  ]
}

function rpcVerdicts(figures: Figures): Verdict[] {
  const rpc = figures.rpc
  const labels = [
    `RPC round trips per cold view at most ${TARGETS.coldRoundTrips}`,
    `RPC round trips per warm view at most ${TARGETS.warmRoundTrips}`,
    'RPC calls for many concurrent views no more than for one',
  ]
  if (!rpc) return labels.map((label) => missing(figures, 'rpc', label))
  const trips = (view: typeof rpc.coldView) => view.server.roundTrips + view.browser.roundTrips
  const at = `at ${rpc.size.toLocaleString('en')} services`
  return [
    judge(trips(rpc.coldView) <= TARGETS.coldRoundTrips, `${labels[0]} ${at}: ${trips(rpc.coldView)} (server ${rpc.coldView.server.roundTrips}, browser ${rpc.coldView.browser.roundTrips})`),
    judge(trips(rpc.warmView) <= TARGETS.warmRoundTrips, `${labels[1]} ${at}: ${trips(rpc.warmView)} (server ${rpc.warmView.server.roundTrips}, browser ${rpc.warmView.browser.roundTrips})`),
    judge(
      rpc.serverMany.ethCalls <= rpc.serverOne.ethCalls && rpc.serverMany.requests <= rpc.serverOne.requests && rpc.serverFailed === 0,
      `${labels[2]} ${at}: ${rpc.serverViews} views ${rpc.serverMany.requests} requests / ${rpc.serverMany.ethCalls} eth_calls, one view ${rpc.serverOne.requests} / ${rpc.serverOne.ethCalls}${rpc.serverFailed ? `; ${rpc.serverFailed} renders failed` : ''}`,
    ),
  ]
}

function loadVerdicts(figures: Figures, sizes: TargetSizes): Verdict[] {
  return sizes.loadConnections.map((connections) => {
    const text = `/services at ${sizes.targetSize.toLocaleString('en')} services, ${connections} connections: at least ${TARGETS.requestsPerSecond} req/s with p99 under ${TARGETS.p99Ms} ms`
    const load = figures.load.find((l) => l.path === '/services' && l.connections === connections && l.size === sizes.targetSize)
    if (!load) return missing(figures, 'load', text)
    const pass = load.requestsPerSecond >= TARGETS.requestsPerSecond && load.p99Ms < TARGETS.p99Ms && load.failed === 0
    const failed = load.failed ? `, ${load.failed} failed` : ''
    return judge(pass, `${text}: ${Math.round(load.requestsPerSecond)} req/s, p99 ${formatMs(load.p99Ms)}${failed}`)
  })
}

function largeVerdicts(figures: Figures, sizes: TargetSizes): Verdict[] {
  const size = sizes.largeSize.toLocaleString('en')
  const i = figures.interaction?.size === sizes.largeSize ? figures.interaction : null
  const longText = `${size} services: no long task over ${TARGETS.longTaskMs} ms`
  const inputText = `${size} services: search box shows each keystroke within ${TARGETS.keystrokeMs} ms`
  const resultsText = `${size} services: results follow each keystroke within ${TARGETS.keystrokeMs} ms`
  const worst = (values: number[]) => (values.length ? Math.max(...values) : Number.NaN)
  const verdicts = i?.failure
    ? [longText, inputText, resultsText].map((text) => judge(false, `${text}: ${i.failure}`))
    : i
    ? [
        judge(worst(i.longTasksMs) <= TARGETS.longTaskMs || i.longTasksMs.length === 0, `${longText}: ${i.longTasksMs.length ? `longest ${formatMs(worst(i.longTasksMs))} of ${i.longTasksMs.length}` : 'none'}`),
        judge(i.keyToInputMs.length > 0 && worst(i.keyToInputMs) < TARGETS.keystrokeMs, `${inputText}: worst ${formatMs(worst(i.keyToInputMs))}, median ${formatMs(median(i.keyToInputMs))}`),
        judge(
          i.keyToResultsMs.length > 0 && worst(i.keyToResultsMs) < TARGETS.keystrokeMs,
          `${resultsText}: worst ${formatMs(worst(i.keyToResultsMs))}, median ${formatMs(median(i.keyToResultsMs))}${i.unchanged ? ` (${i.unchanged} keys left the results unchanged)` : ''}`,
        ),
      ]
    : [longText, inputText, resultsText].map((text) => missing(figures, 'interaction', text))
  const rss = figures.peakRss.find((r) => r.size === sizes.largeSize)
  const rssText = `${size} services: server RSS under ${formatMib(TARGETS.rssBytes)}`
  verdicts.push(rss ? judge(rss.bytes < TARGETS.rssBytes, `${rssText}: peak ${formatMib(rss.bytes)}`) : missing(figures, 'paint', rssText))
  return verdicts
}

function bundleVerdict(figures: Figures): Verdict {
  const text = `/services first-load JavaScript at most ${TARGETS.servicesGzipKib} KiB gzip`
  if (figures.servicesGzipBytes === null) return missing(figures, 'bundle', text)
  const kib = figures.servicesGzipBytes / 1_024
  return judge(kib <= TARGETS.servicesGzipKib, `${text}: ${kib.toFixed(1)} KiB`)
}

function lighthouseVerdict(figures: Figures, sizes: TargetSizes): Verdict {
  const text = `Lighthouse mobile at least ${TARGETS.lighthouseMobile} on /services at ${sizes.targetSize.toLocaleString('en')} services`
  const lh = figures.lighthouse
  if (!lh) return missing(figures, 'lighthouse', text)
  if ('unavailable' in lh) return { outcome: 'SKIP', text: `${text}: ${lh.unavailable}` }
  if (lh.size !== sizes.targetSize) return { outcome: 'SKIP', text: `${text}: measured at ${lh.size} services only` }
  if ('failure' in lh) return judge(false, `${text}: ${lh.failure}`)
  return judge(lh.mobile >= TARGETS.lighthouseMobile, `${text}: ${lh.mobile} (desktop ${lh.desktop})`)
}

export function verdicts(figures: Figures, sizes: TargetSizes): Verdict[] {
  return [
    ...speedVerdicts(figures, sizes),
    ...rpcVerdicts(figures),
    ...loadVerdicts(figures, sizes),
    ...largeVerdicts(figures, sizes),
    bundleVerdict(figures),
    lighthouseVerdict(figures, sizes),
  ]
}

/** The bench broke if a part failed to measure; targets the app misses are results, not breakage. */
export function benchBroke(figures: Figures): boolean {
  return figures.errors.length > 0
}

export function formatVerdicts(list: readonly Verdict[]): string {
  const counts = (outcome: Outcome) => list.filter((v) => v.outcome === outcome).length
  const lines = list.map((v) => `${v.outcome.padEnd(5)} ${v.text}`)
  return [...lines, '', `${counts('PASS')} met, ${counts('FAIL')} missed, ${counts('SKIP')} not measured, ${counts('ERROR')} broke the bench`].join('\n')
}
