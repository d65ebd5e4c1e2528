// `npm run bench -- [flags]`: which parts run, at which sizes, how often. A quick run exists for development on
// the shared machine; the default is the full run the issue describes.

export const PARTS = ['paint', 'latency', 'rpc', 'bundle', 'load', 'interaction', 'lighthouse', 'reads', 'history', 'manifests'] as const
export type Part = (typeof PARTS)[number]

export type BenchOptions = {
  parts: Set<Part>
  /** Catalog sizes (services listed in total), ascending; the chain only grows, so each size seeds the difference. */
  sizes: number[]
  runs: number
  /** Sizes that are also measured behind the delaying proxy (the CLI makes one round trip per service). */
  latencySizes: number[]
  latencyMs: number
  /** The size the speed, RPC, load and Lighthouse targets are set at. */
  targetSize: number
  /** The size of the memory, long-task and keystroke targets. */
  largeSize: number
  loadSeconds: number
  loadConnections: number[]
  /** Chromium pages opened at once for the browser's share of "100 concurrent views". */
  browserViews: number
  serverViews: number
  /** False with --no-build: serve the .next-bench build already there (while iterating on the bench itself). */
  build: boolean
  /** The history part's chain: services listed, then agreement events among their providers. */
  historyServices: number
  historyEvents: number
  /** The manifests part's chain: services with a hosted manifest each, and the catalog views per round. */
  manifestServices: number
  manifestViews: number
}

const FULL: BenchOptions = {
  parts: new Set(PARTS),
  sizes: [10, 100, 1_000, 10_000],
  runs: 5,
  latencySizes: [10, 100, 1_000],
  latencyMs: 50,
  targetSize: 1_000,
  largeSize: 10_000,
  loadSeconds: 10,
  loadConnections: [10, 50],
  browserViews: 20,
  serverViews: 100,
  build: true,
  historyServices: 1_000,
  historyEvents: 10_000,
  manifestServices: 1_000,
  manifestViews: 100,
}

/** Small enough to run while others build: everything once, at sizes that take seconds. */
const QUICK: BenchOptions = {
  ...FULL,
  sizes: [10, 100],
  runs: 3,
  latencySizes: [10, 100],
  targetSize: 100,
  largeSize: 100,
  loadSeconds: 5,
  browserViews: 5,
  serverViews: 20,
  historyServices: 100,
  historyEvents: 1_000,
  manifestServices: 100,
  manifestViews: 30,
}

export const USAGE = `npm run bench -- [--quick] [--parts ${PARTS.join(',')}] [--sizes 10,100,1000,10000] [--runs 5]
  [--latency-sizes 10,100,1000] [--latency-ms 50] [--target-size 1000] [--large-size 10000]
  [--load-seconds 10] [--load-connections 10,50] [--browser-views 20] [--server-views 100]
  [--history-services 1000] [--history-events 10000] [--manifest-services 1000] [--manifest-views 100] [--no-build]`

export class UsageError extends Error {}

function positiveInteger(flag: string, text: string | undefined): number {
  const value = Number(text)
  if (!text || !Number.isInteger(value) || value < 1) throw new UsageError(`${flag} needs a positive whole number, not "${text ?? ''}".`)
  return value
}

function integerList(flag: string, text: string | undefined): number[] {
  if (!text) throw new UsageError(`${flag} needs a comma-separated list of numbers.`)
  const values = text.split(',').map((part) => positiveInteger(flag, part.trim().replace(/_/g, '')))
  return [...new Set(values)].sort((a, b) => a - b)
}

function partList(text: string | undefined): Set<Part> {
  const names = (text ?? '').split(',').map((part) => part.trim()).filter(Boolean)
  const unknown = names.filter((name) => !(PARTS as readonly string[]).includes(name))
  if (names.length === 0 || unknown.length) throw new UsageError(`--parts takes some of ${PARTS.join(', ')}; unknown: ${unknown.join(', ') || '(none given)'}.`)
  return new Set(names as Part[])
}

export function parseOptions(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = argv.includes('--quick') ? { ...QUICK, parts: new Set(QUICK.parts) } : { ...FULL, parts: new Set(FULL.parts) }
  let latencySizesGiven = false
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]
    if (flag === '--quick') continue
    if (flag === '--no-build') {
      options.build = false
      continue
    }
    const value = argv[++i]
    switch (flag) {
      case '--parts': options.parts = partList(value); break
      case '--sizes': options.sizes = integerList(flag, value); break
      case '--runs': options.runs = positiveInteger(flag, value); break
      case '--latency-sizes': options.latencySizes = integerList(flag, value); latencySizesGiven = true; break
      case '--latency-ms': options.latencyMs = positiveInteger(flag, value); break
      case '--target-size': options.targetSize = positiveInteger(flag, value); break
      case '--large-size': options.largeSize = positiveInteger(flag, value); break
      case '--load-seconds': options.loadSeconds = positiveInteger(flag, value); break
      case '--load-connections': options.loadConnections = integerList(flag, value); break
      case '--browser-views': options.browserViews = positiveInteger(flag, value); break
      case '--server-views': options.serverViews = positiveInteger(flag, value); break
      case '--history-services': options.historyServices = positiveInteger(flag, value); break
      case '--history-events': options.historyEvents = positiveInteger(flag, value); break
      case '--manifest-services': options.manifestServices = positiveInteger(flag, value); break
      case '--manifest-views': options.manifestViews = positiveInteger(flag, value); break
      default: throw new UsageError(`Unknown flag ${flag}.\n${USAGE}`)
    }
  }
  // Latency only at measured sizes; unless asked for, not past the target size, where the CLI's one round trip
  // per service costs minutes per run.
  options.latencySizes = options.latencySizes.filter((size) => options.sizes.includes(size) && (latencySizesGiven || size <= options.targetSize))
  return options
}
