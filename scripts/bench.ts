// `npm run bench`: the catalog at scale. Starts its own chain, adds 1,000 bulk services to the demo seed, times
// readServices and readSummary with and without Multicall3 and counts their HTTP requests. Exits non-zero when
// the catalog misses a target.
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { createOcnClient } from '../lib/chain/client'
import { NETWORKS } from '../lib/chain/networks'
import { isPortFree } from '../lib/devnet/anvil'
import { seedBulkServices } from '../lib/devnet/bulk'
import { runLocalChain } from '../lib/devnet/run-chain'
import type { ReadContext } from '../lib/ocn/batch'
import { readServices, readSummary } from '../lib/ocn/reads'
import { exitWithMessage, portFromEnv } from './cli-support'

const PORT = portFromEnv('OCN_BENCH_PORT', 8590)
const BULK_SERVICES = 1_000
const RUNS = 7
/** What one catalog page load may cost: requests are what a public RPC rate-limits, time is on a 2-core machine. */
const TARGET_REQUESTS = 2
const TARGET_MEDIAN_MS = 1_500
/**
 * Each measurement runs in its own process with a capped heap and a deadline, so a read that blows up at this
 * scale ends as a failed row instead of taking the bench, or the shared machine, down.
 */
const MEASUREMENT_BUDGET_MS = 60_000
const MEASUREMENT_HEAP_MB = 1_024
const MEASURE_FLAG = '--measure'

/** A read under test; it returns the number of live services it saw, so a wrong answer cannot pass as fast. */
type Read = { name: string; run: (ctx: ReadContext) => Promise<number> }

const READS: Read[] = [
  { name: 'readServices', run: async (ctx) => (await readServices(ctx)).length },
  { name: 'readSummary', run: async (ctx) => (await readSummary(ctx)).services },
]
const MODES = [
  { name: 'Multicall3', multicall3: true },
  { name: 'deployless', multicall3: false },
]

type Run = { ms: number; requests: number; services: number }
type Measurement = { read: string; mode: string; runs: Run[]; error: string | null }
type Verdict = { pass: boolean; text: string }

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** The worst run counts: a request count that varies between runs is itself a problem. */
function summarize(runs: readonly Run[]): { medianMs: number; requests: number; services: number } {
  return {
    medianMs: Math.round(median(runs.map((run) => run.ms))),
    requests: Math.max(...runs.map((run) => run.requests)),
    services: Math.min(...runs.map((run) => run.services)),
  }
}

function formatTable(measurements: readonly Measurement[]): string {
  const header = ['read', 'mode', 'services', 'requests', 'median ms', 'runs']
  const rows = measurements.map((m) => {
    if (m.error) return [m.read, m.mode, '-', '-', '-', `failed: ${m.error}`]
    const { medianMs, requests, services } = summarize(m.runs)
    return [m.read, m.mode, String(services), String(requests), String(medianMs), String(m.runs.length)]
  })
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column].length)))
  return [header, ...rows].map((row) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd()).join('\n')
}

function catalogVerdicts(measurement: Measurement, expectedServices: number): Verdict[] {
  const label = `catalog, ${measurement.mode}:`
  if (measurement.error) return [{ pass: false, text: `${label} failed: ${measurement.error}` }]
  const { medianMs, requests, services } = summarize(measurement.runs)
  return [
    { pass: services === expectedServices, text: `${label} ${services} of ${expectedServices} services listed` },
    { pass: requests <= TARGET_REQUESTS, text: `${label} ${requests} HTTP requests (target at most ${TARGET_REQUESTS})` },
    { pass: medianMs < TARGET_MEDIAN_MS, text: `${label} median ${medianMs} ms (target under ${TARGET_MEDIAN_MS} ms)` },
  ]
}

function readContext(url: string, multicall3: boolean, fetchFn: typeof fetch): ReadContext {
  const network = { ...NETWORKS.local, rpcUrl: url }
  return {
    client: createOcnClient(network, { fetchFn }),
    registry: network.registry,
    permissions: network.permissions,
    multicall3: multicall3 ? network.multicall3 : null,
  }
}

/** One timed run on a fresh client with its own request counter. */
async function timeRun(read: Read, url: string, multicall3: boolean): Promise<Run> {
  let requests = 0
  const fetchFn: typeof fetch = (input, init) => {
    requests += 1
    return fetch(input, init)
  }
  const started = performance.now()
  const services = await read.run(readContext(url, multicall3, fetchFn))
  return { ms: performance.now() - started, requests, services }
}

/** viem's short message spans a few lines (the revert reason comes second); the table wants one. */
function oneLine(error: unknown): string {
  const message = error instanceof Error ? ((error as { shortMessage?: string }).shortMessage ?? error.message) : String(error)
  return message.trim().replace(/\s*\n\s*/g, ' ')
}

/** Stops at the first failed run: repeating a read that broke only costs time. */
async function measure(read: Read, mode: (typeof MODES)[number], url: string): Promise<Measurement> {
  const runs: Run[] = []
  for (let i = 0; i < RUNS; i++) {
    try {
      runs.push(await timeRun(read, url, mode.multicall3))
    } catch (error) {
      return { read: read.name, mode: mode.name, runs, error: oneLine(error) }
    }
  }
  return { read: read.name, mode: mode.name, runs, error: null }
}

/** The child side: `bench.ts --measure <read> <mode> <url>` prints one Measurement as JSON. */
async function measureAndPrint(readName: string, modeName: string, url: string): Promise<void> {
  const read = READS.find((r) => r.name === readName)
  const mode = MODES.find((m) => m.name === modeName)
  if (!read || !mode) throw new Error(`Unknown read or mode: ${readName} ${modeName}.`)
  console.log(JSON.stringify(await measure(read, mode, url)))
}

function childFailure(timedOut: boolean, stderr: string): string {
  if (timedOut) return `over the ${MEASUREMENT_BUDGET_MS / 1_000} s budget`
  if (stderr.includes('heap out of memory')) return `out of memory (heap capped at ${MEASUREMENT_HEAP_MB} MB)`
  return stderr.trim().split('\n').at(-1) || 'measuring process failed'
}

function measureInChild(read: Read, mode: (typeof MODES)[number], url: string): Promise<Measurement> {
  const script = fileURLToPath(import.meta.url)
  // process.execArgv carries tsx's loader, so the child runs this TypeScript file as the parent does.
  const args = [...process.execArgv, `--max-old-space-size=${MEASUREMENT_HEAP_MB}`, script, MEASURE_FLAG, read.name, mode.name, url]
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (data: Buffer) => (stdout += data.toString()))
    child.stderr.on('data', (data: Buffer) => (stderr += data.toString()))
    let timedOut = false
    const deadline = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, MEASUREMENT_BUDGET_MS)
    child.once('exit', (code) => {
      clearTimeout(deadline)
      if (code === 0) return resolve(JSON.parse(stdout) as Measurement)
      resolve({ read: read.name, mode: mode.name, runs: [], error: childFailure(timedOut, stderr) })
    })
  })
}

async function bench(url: string): Promise<boolean> {
  const demoServices = (await readServices(readContext(url, true, fetch))).length
  const started = performance.now()
  await seedBulkServices(url, BULK_SERVICES)
  console.log(`Seeded ${BULK_SERVICES} bulk services in ${Math.round(performance.now() - started)} ms (${demoServices} demo services besides).`)

  const measurements: Measurement[] = []
  for (const read of READS) {
    for (const mode of MODES) measurements.push(await measureInChild(read, mode, url))
  }
  console.log(`\n${formatTable(measurements)}\n`)

  const verdicts = measurements
    .filter((m) => m.read === 'readServices')
    .flatMap((m) => catalogVerdicts(m, demoServices + BULK_SERVICES))
  for (const verdict of verdicts) console.log(`${verdict.pass ? 'PASS' : 'FAIL'}  ${verdict.text}`)
  return verdicts.every((verdict) => verdict.pass)
}

async function main(): Promise<void> {
  // runLocalChain would reuse a chain already on the port, and the bench must not write 1,000 services into it.
  if (!(await isPortFree(PORT))) throw new Error(`Port ${PORT} is in use. Set OCN_BENCH_PORT to a free port.`)
  const chain = await runLocalChain(PORT)
  let passed = false
  try {
    passed = await bench(chain.url)
  } finally {
    await chain.stop()
  }
  process.exit(passed ? 0 : 1)
}

const [flag, ...measureArgs] = process.argv.slice(2)
if (flag === MEASURE_FLAG) {
  const [readName, modeName, url] = measureArgs
  measureAndPrint(readName, modeName, url).catch(exitWithMessage)
} else {
  main().catch(exitWithMessage)
}
