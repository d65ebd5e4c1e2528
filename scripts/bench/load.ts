// The load test: autocannon against a page of the production server, with the server's memory sampled meanwhile.
import autocannon from 'autocannon'
import type { LoadFigures } from './figures'
import { sampleRss } from './memory'
import type { RunningApp } from './processes'

/** A request slower than this counts as failed; p99 is meaningless beyond it. */
const REQUEST_TIMEOUT_S = 30
const DRAIN_BUDGET_MS = 120_000

export async function loadTest(app: RunningApp, size: number, path: string, connections: number, seconds: number): Promise<LoadFigures> {
  await app.ensureRunning()
  const rss = sampleRss(app.pid)
  try {
    const result = await autocannon({ url: new URL(path, app.url).href, connections, duration: seconds, timeout: REQUEST_TIMEOUT_S })
    return {
      size,
      path,
      connections,
      // The mean over the run's seconds, as autocannon prints it.
      requestsPerSecond: result.requests.average,
      // With no answer inside the run autocannon reports 0 ms; that is no latency figure at all.
      p50Ms: result.requests.total ? result.latency.p50 : Number.NaN,
      p99Ms: result.requests.total ? result.latency.p99 : Number.NaN,
      failed: result.non2xx + result.errors + result.timeouts,
      peakRssBytes: rss.peak(),
    }
  } finally {
    rss.stop()
    await drain(app)
  }
}

/**
 * autocannon stops sending when its time is up, but the server may still be working through what it accepted;
 * the next measurement must not queue behind that backlog. One answered request means it has caught up.
 */
async function drain(app: RunningApp): Promise<void> {
  await app.ensureRunning()
  try {
    await (await fetch(`${app.url}/`, { signal: AbortSignal.timeout(DRAIN_BUDGET_MS) })).arrayBuffer()
  } catch {
    // A server that cannot answer at all shows in the next measurement, which says so.
  }
}
