// Pure figures for the benchmark: medians, percentiles, ratios and how they are printed.

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** Nearest-rank percentile (p in 0..100): always a value that was actually measured. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]
}

/** How many times faster the app is than the CLI; NaN when either side has no figure. */
export function speedup(cliMs: number, appMs: number): number {
  if (!Number.isFinite(cliMs) || !Number.isFinite(appMs) || appMs <= 0) return Number.NaN
  return cliMs / appMs
}

export function formatRatio(ratio: number): string {
  if (!Number.isFinite(ratio)) return '-'
  return ratio >= 10 ? `${Math.round(ratio)}×` : `${ratio.toFixed(2)}×`
}

export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '-'
  return ms >= 10_000 ? `${(ms / 1_000).toFixed(1)} s` : `${Math.round(ms)} ms`
}

export function formatKib(bytes: number): string {
  return (bytes / 1_024).toFixed(1)
}

export function formatMib(bytes: number): string {
  return Number.isFinite(bytes) ? `${Math.round(bytes / 1_048_576)} MiB` : '-'
}

export function formatRows(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => (row[column] ?? '').length)))
  return [header, ...rows]
    .map((row) => row.map((cell, column) => (cell ?? '').padEnd(widths[column])).join('  ').trimEnd())
    .join('\n')
}

/**
 * Round trips in a set of HTTP requests: requests in flight together are one round trip, and a request that
 * starts only after every earlier one has answered is a new one. That is the sequential depth a visitor waits
 * through, which is what latency multiplies.
 */
export function roundTrips(requests: readonly { start: number; end: number }[]): number {
  const sorted = [...requests].sort((a, b) => a.start - b.start)
  let trips = 0
  let inFlightUntil = Number.NEGATIVE_INFINITY
  for (const request of sorted) {
    if (request.start >= inFlightUntil) trips += 1
    inFlightUntil = Math.max(inFlightUntil, request.end)
  }
  return trips
}

/** Whether a result count such as "1–50 of 10,012 services" mentions the expected total. */
export function mentionsCount(text: string, expected: number): boolean {
  const numbers = text.match(/\d[\d,.\u202f\u00a0]*\d|\d/g) ?? []
  return numbers.some((n) => Number(n.replace(/[,.\u202f\u00a0]/g, '')) === expected)
}
