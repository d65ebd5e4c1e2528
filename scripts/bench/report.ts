// The bench's tables, printed from the figures.
import { CATALOG_PAGE_SIZE } from '../../lib/catalog/query'
import type { PageBundle } from '../bundle-size'
import { RESULTS_WAIT_MS, SEARCH_READY_WAIT_MS } from './browser'
import type { Figures, RpcTraffic, ViewTraffic } from './figures'
import { formatKib, formatMib, formatMs, formatRatio, formatRows, median, percentile, speedup } from './stats'
import { paintMedians } from './verdicts'

export function paintTable(figures: Figures): string {
  const rows = figures.paint.map((p) => {
    const m = paintMedians(p)
    const runs = `${Math.min(p.cliMs.length, p.coldMs.length)}`
    return [
      p.size.toLocaleString('en'),
      p.latencyMs ? `+${p.latencyMs} ms` : 'loopback',
      formatMs(m.cliMs),
      formatMs(m.coldMs),
      formatMs(m.warmMs),
      formatRatio(speedup(m.cliMs, m.coldMs)),
      formatRatio(speedup(m.cliMs, m.warmMs)),
      formatMs(m.coldUsableMs),
      formatMs(m.warmUsableMs),
      runs,
      p.failures.join('; '),
    ]
  })
  return formatRows(
    ['services', 'RPC', 'CLI', 'app cold', 'app warm', 'CLI/app cold', 'CLI/app warm', 'usable cold', 'usable warm', 'runs', 'failed'],
    rows,
  )
}

function trafficCells(t: RpcTraffic): string[] {
  return [String(t.requests), String(t.roundTrips), String(t.ethCalls)]
}

export function rpcTable(figures: Figures): string {
  const rpc = figures.rpc
  if (!rpc) return ''
  const row = (label: string, view: ViewTraffic) => [label, ...trafficCells(view.server), ...trafficCells(view.browser)]
  const none: RpcTraffic = { requests: 0, roundTrips: 0, ethCalls: 0 }
  const rows = [
    row('one view, cold', rpc.coldView),
    row('one view, warm', rpc.warmView),
    row('one server render', { server: rpc.serverOne, browser: none }),
    row(`${rpc.serverViews} server renders at once${rpc.serverFailed ? ` (${rpc.serverFailed} failed)` : ''}`, { server: rpc.serverMany, browser: none }),
    row(`${rpc.browserViews} Chromium views at once${rpc.browserFailed ? ` (${rpc.browserFailed} never painted)` : ''}`, rpc.browserMany),
  ]
  return [
    `RPC traffic at ${rpc.size.toLocaleString('en')} services, counted at the proxy (views in Chromium include the prefetches they cause):`,
    formatRows(['', 'server requests', 'round trips', 'eth_calls', 'browser requests', 'round trips', 'eth_calls'], rows),
  ].join('\n')
}

export function bundleTable(pages: readonly PageBundle[]): string {
  const rows = pages.map((page) => [page.path, String(page.scripts.length), formatKib(page.raw), formatKib(page.gzip)])
  return `First-load JavaScript per route:\n${formatRows(['route', 'scripts', 'raw KiB', 'gzip KiB'], rows)}`
}

export function loadTable(figures: Figures): string {
  if (figures.load.length === 0) return ''
  const rows = figures.load.map((l) => [
    l.size.toLocaleString('en'),
    l.path,
    String(l.connections),
    String(Math.round(l.requestsPerSecond)),
    formatMs(l.p50Ms),
    formatMs(l.p99Ms),
    String(l.failed),
    formatMib(l.peakRssBytes),
  ])
  return `Load test (autocannon):\n${formatRows(['services', 'route', 'connections', 'req/s', 'p50', 'p99', 'failed', 'peak RSS'], rows)}`
}

export function memoryTable(figures: Figures): string {
  if (figures.peakRss.length === 0) return ''
  const rows = figures.peakRss.map((r) => [r.size.toLocaleString('en'), formatMib(r.bytes)])
  return `Peak server RSS while each size was measured:\n${formatRows(['services', 'peak RSS'], rows)}`
}

export function interactionSummary(figures: Figures): string {
  const i = figures.interaction
  if (!i) return ''
  const head = `In Chromium at ${i.size.toLocaleString('en')} services:`
  if (i.failure) return `${head} ${i.failure}`
  const worst = (values: number[]) => (values.length ? Math.max(...values) : Number.NaN)
  return [
    head,
    `  long tasks: ${i.longTasksMs.length}, longest ${formatMs(worst(i.longTasksMs))}, over 200 ms: ${i.longTasksMs.filter((ms) => ms > 200).length}`,
    `  search box focused -> search in the browser (client index in use): ${i.searchReadyMs === null ? `never within ${SEARCH_READY_WAIT_MS / 1_000} s, every key below was a server render` : formatMs(i.searchReadyMs)}`,
    `  key -> search box updated: median ${formatMs(median(i.keyToInputMs))}, worst ${formatMs(worst(i.keyToInputMs))} (${i.keyToInputMs.length} keys)`,
    `  key -> results updated: median ${formatMs(median(i.keyToResultsMs))}, worst ${formatMs(worst(i.keyToResultsMs))} (${i.keyToResultsMs.length} keys; after ${i.unchanged} the results had not changed within ${RESULTS_WAIT_MS / 1_000} s)`,
  ].join('\n')
}

export function lighthouseSummary(figures: Figures): string {
  const lh = figures.lighthouse
  if (!lh) return ''
  if ('unavailable' in lh) return lh.unavailable
  if ('failure' in lh) return `Lighthouse 12 on /services at ${lh.size.toLocaleString('en')} services could not score the page: ${lh.failure}`
  return `Lighthouse 12 on /services at ${lh.size.toLocaleString('en')} services (performance): mobile ${lh.mobile}, desktop ${lh.desktop}`
}

/** The history part: the seed, each indexer's catch-up and memory, and its routes under load. */
export function historyTables(figures: Figures): string {
  const h = figures.history
  if (!h) return ''
  const head = `History: ${h.services.toLocaleString('en')} services and ${h.events.toLocaleString('en')} agreement events (${h.hotEvents.toLocaleString('en')} on the busiest service), head block ${h.head.toLocaleString('en')}, seeded in ${formatMs(h.seedMs)}.`
  const catchUp = h.catchUp.map((c) => [
    c.database,
    formatMs(c.answeredMs),
    formatMs(c.indexedMs),
    formatMib(c.caughtUpHwmBytes),
    formatMib(c.finalHwmBytes),
    c.serverHwmBytes === null ? 'in the indexer' : formatMib(c.serverHwmBytes),
  ])
  const queries = h.queries.map((q) => [
    q.database,
    q.via === 'app' ? 'app proxy' : 'indexer',
    q.route,
    String(q.connections),
    String(Math.round(q.requestsPerSecond)),
    formatMs(q.p50Ms),
    formatMs(q.p99Ms),
    String(q.failed),
  ])
  return [
    head,
    catchUp.length ? `Indexer catch-up (from its start; peak memory: VmHWM of its process tree):\n${formatRows(['database', 'answering', 'head indexed', 'peak RSS caught up', 'after load', 'database server'], catchUp)}` : '',
    queries.length ? `Timeline queries under load (autocannon):\n${formatRows(['database', 'via', 'route', 'connections', 'req/s', 'p50', 'p99', 'failed'], queries)}` : '',
    ...h.notes,
  ].filter(Boolean).join('\n')
}

export function manifestTables(figures: Figures): string {
  const m = figures.manifests
  if (!m) return ''
  const unverified = m.services - m.committed - m.changed
  const head = `Manifests: ${m.services.toLocaleString('en')} services, each with its own hosted manifest and logo (${m.committed} commit its hash, ${unverified} commit none, ${m.changed} an earlier revision's); ${m.views} catalog views per round, each round on a freshly started server.`
  const renders = m.rounds.map((r, i) => [
    String(i + 1),
    formatMs(r.firstViewMs),
    `${r.firstViewPending} of ${r.firstViewCards}`,
    formatMs(median(r.coldViewsMs)),
    formatMs(percentile(r.coldViewsMs, 99)),
    formatMs(median(r.warmViewsMs)),
    formatMs(percentile(r.warmViewsMs, 99)),
  ])
  const noCache = m.views * CATALOG_PAGE_SIZE
  const fetches = m.rounds.map((r, i) => [
    String(i + 1),
    String(r.fetchesDuringViews),
    String(r.fetchesSettled),
    r.settledMs === null ? 'not quiet' : formatMs(r.settledMs),
    String(r.duplicateFetches),
    String(r.warmFetches),
    String(r.cardsShown),
    String(noCache),
    r.stateMismatches ? `${r.stateMismatches} of ${r.warmCards} cards` : `none of ${r.warmCards}`,
  ])
  return [
    head,
    renders.length ? `Catalog server render (loopback; "checking": cards still pending on the first view):\n${formatRows(['round', 'first view', 'checking', 'first views p50', 'p99', 'warm p50', 'p99'], renders)}` : '',
    fetches.length ? `Manifest fetches (the hosting server's count) for ${m.views} views; no cache would fetch one per card shown (${m.views} × ${CATALOG_PAGE_SIZE} = ${noCache} at full pages):\n${formatRows(['round', 'during views', 'until quiet', 'quiet after', 'repeats', `next ${m.views} views`, 'cards shown', `${m.views} × ${CATALOG_PAGE_SIZE}`, 'wrong state'], fetches)}` : '',
    ...m.notes,
  ].filter(Boolean).join('\n')
}
