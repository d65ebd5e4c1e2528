// `npm run bench`: the catalog at scale. Starts its own chain, adds 1,000 bulk services to the demo seed, times
// readServices and readSummary with and without Multicall3 and counts their HTTP requests. Then builds the app into
// .next-bench, serves it against that chain and measures the JavaScript each page loads. Exits non-zero when the
// catalog or a bundle misses a target.
import { type ChildProcess, spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { createOcnClient } from '../lib/chain/client'
import { NETWORKS } from '../lib/chain/networks'
import { isPortFree } from '../lib/devnet/anvil'
import { seedBulkServices } from '../lib/devnet/bulk'
import { runLocalChain } from '../lib/devnet/run-chain'
import type { ReadContext } from '../lib/ocn/batch'
import { readServices, readSummary } from '../lib/ocn/reads'
import { type PageBundle, largestScripts, measureBundles } from './bundle-size'
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

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const APP_PORT = portFromEnv('OCN_BENCH_APP_PORT', 3190)
/** Its own dist dir, so the bench neither overwrites nor serves the build of `npm run dev` or `npm test`. */
const APP_DIST_DIR = '.next-bench'
const BUNDLE_PATHS = ['/', '/services', '/registry']
/** A bare Next 16 + wagmi 3 page is about 240 KiB gzip on this stack; the catalog may add at most 60 on top. */
const TARGET_SERVICES_GZIP_KIB = 300
const BUILD_BUDGET_MS = 10 * 60_000
const APP_START_BUDGET_MS = 60_000
const APP_STOP_GRACE_MS = 10_000
const LARGEST_SCRIPTS_SHOWN = 8

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

function formatRows(header: readonly string[], rows: readonly string[][]): string {
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column].length)))
  return [header, ...rows].map((row) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd()).join('\n')
}

function formatTable(measurements: readonly Measurement[]): string {
  const rows = measurements.map((m) => {
    if (m.error) return [m.read, m.mode, '-', '-', '-', `failed: ${m.error}`]
    const { medianMs, requests, services } = summarize(m.runs)
    return [m.read, m.mode, String(services), String(requests), String(medianMs), String(m.runs.length)]
  })
  return formatRows(['read', 'mode', 'services', 'requests', 'median ms', 'runs'], rows)
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

async function benchReads(url: string): Promise<Verdict[]> {
  const demoServices = (await readServices(readContext(url, true, fetch))).length
  const started = performance.now()
  await seedBulkServices(url, BULK_SERVICES)
  console.log(`Seeded ${BULK_SERVICES} bulk services in ${Math.round(performance.now() - started)} ms (${demoServices} demo services besides).`)

  const measurements: Measurement[] = []
  for (const read of READS) {
    for (const mode of MODES) measurements.push(await measureInChild(read, mode, url))
  }
  console.log(`\n${formatTable(measurements)}\n`)

  return measurements.filter((m) => m.read === 'readServices').flatMap((m) => catalogVerdicts(m, demoServices + BULK_SERVICES))
}

// --- Client bundles: a production build served against the bench chain ---

type Captured = { code: number | null; output: string; timedOut: boolean }
type RunningApp = { url: string; stop: () => Promise<void> }
type BundleOutcome = { pages: PageBundle[]; error: string | null }

function nextBin(): string {
  return createRequire(import.meta.url).resolve('next/dist/bin/next')
}

function appEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, NEXT_DIST_DIR: APP_DIST_DIR, NEXT_TELEMETRY_DISABLED: '1', ...extra }
}

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null
}

/** SIGTERM first; a process that ignores it is killed. Resolves only once it has exited. */
function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (hasExited(child)) return resolve()
    const force = setTimeout(() => child.kill('SIGKILL'), APP_STOP_GRACE_MS)
    child.once('exit', () => {
      clearTimeout(force)
      resolve()
    })
    child.kill('SIGTERM')
  })
}

/** Output is kept rather than streamed: the bench prints its own tables, and a build log only matters on failure. */
function runCaptured(args: string[], env: NodeJS.ProcessEnv, budgetMs: number): Promise<Captured> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (data: Buffer) => (output += data.toString()))
    child.stderr.on('data', (data: Buffer) => (output += data.toString()))
    let timedOut = false
    const deadline = setTimeout(() => {
      timedOut = true
      void stopChild(child)
    }, budgetMs)
    child.once('exit', (code) => {
      clearTimeout(deadline)
      resolve({ code, output, timedOut })
    })
  })
}

/** Returns why the build failed, or null. */
async function buildApp(): Promise<string | null> {
  console.log(`Building the app into ${APP_DIST_DIR} (about a minute)...`)
  const started = performance.now()
  const build = await runCaptured([nextBin(), 'build'], appEnv(), BUILD_BUDGET_MS)
  if (build.timedOut) return `next build over the ${BUILD_BUDGET_MS / 60_000} min budget`
  if (build.code !== 0) {
    console.log(build.output)
    return `next build exited with code ${build.code}`
  }
  console.log(`Built in ${Math.round((performance.now() - started) / 1_000)} s.`)
  return null
}

/** Any HTTP answer means the server is up; whether the pages render is for the measurement to find out. */
async function httpAnswers(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(5_000) })
    return true
  } catch {
    return false
  }
}

async function waitUntilAnswers(child: ChildProcess, url: string, stderr: () => string): Promise<void> {
  const deadline = Date.now() + APP_START_BUDGET_MS
  while (Date.now() < deadline) {
    if (hasExited(child)) throw new Error(`next start exited with code ${child.exitCode}: ${stderr().trim().split('\n').at(-1) ?? ''}`)
    if (await httpAnswers(url)) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`next start did not answer on ${url} within ${APP_START_BUDGET_MS / 1_000} s`)
}

async function startApp(chainUrl: string): Promise<RunningApp> {
  // A server already on the port would be measured instead of this build.
  if (!(await isPortFree(APP_PORT))) throw new Error(`port ${APP_PORT} is in use; set OCN_BENCH_APP_PORT to a free port`)
  const args = [nextBin(), 'start', '--hostname', '127.0.0.1', '--port', String(APP_PORT)]
  const env = appEnv({ OCN_NETWORK: 'local', OCN_RPC_URL: chainUrl })
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (data: Buffer) => (stderr += data.toString()))
  // process.exit skips finally blocks; the server must not outlive the bench even then.
  const killOnExit = () => child.kill('SIGKILL')
  process.once('exit', killOnExit)
  const stop = async () => {
    await stopChild(child)
    process.off('exit', killOnExit)
  }

  const url = `http://127.0.0.1:${APP_PORT}`
  try {
    await waitUntilAnswers(child, url, () => stderr)
  } catch (error) {
    await stop()
    throw error
  }
  return { url, stop }
}

async function buildServeAndMeasure(chainUrl: string): Promise<BundleOutcome> {
  const buildError = await buildApp()
  if (buildError) return { pages: [], error: buildError }
  let app: RunningApp
  try {
    app = await startApp(chainUrl)
  } catch (error) {
    return { pages: [], error: oneLine(error) }
  }
  try {
    return { pages: await measureBundles(app.url, BUNDLE_PATHS), error: null }
  } catch (error) {
    return { pages: [], error: oneLine(error) }
  } finally {
    await app.stop()
  }
}

function kib(bytes: number): string {
  return (bytes / 1_024).toFixed(1)
}

function formatBundleTable(pages: readonly PageBundle[]): string {
  const rows = pages.map((page) => [page.path, String(page.scripts.length), kib(page.raw), kib(page.gzip)])
  return formatRows(['page', 'scripts', 'raw KiB', 'gzip KiB'], rows)
}

/** Where to start cutting: the page's biggest scripts, as paths on the server. */
function formatLargestScripts(page: PageBundle): string {
  const rows = largestScripts(page.scripts, LARGEST_SCRIPTS_SHOWN).map((script) => [new URL(script.url).pathname, kib(script.raw), kib(script.gzip)])
  return `Largest scripts on ${page.path}:\n${formatRows(['script', 'raw KiB', 'gzip KiB'], rows)}`
}

function bundleVerdicts(outcome: BundleOutcome): Verdict[] {
  if (outcome.error) return [{ pass: false, text: `client JavaScript: ${outcome.error}` }]
  const services = outcome.pages.find((page) => page.path === '/services')
  if (!services) return [{ pass: false, text: 'client JavaScript: /services was not measured' }]
  const gzipKib = services.gzip / 1_024
  return [
    {
      pass: gzipKib <= TARGET_SERVICES_GZIP_KIB,
      text: `/services: ${kib(services.gzip)} KiB of JavaScript gzip in ${services.scripts.length} scripts (target at most ${TARGET_SERVICES_GZIP_KIB} KiB)`,
    },
  ]
}

async function benchBundles(chainUrl: string): Promise<Verdict[]> {
  const outcome = await buildServeAndMeasure(chainUrl)
  if (outcome.pages.length) console.log(`\n${formatBundleTable(outcome.pages)}\n`)
  const verdicts = bundleVerdicts(outcome)
  const services = outcome.pages.find((page) => page.path === '/services')
  if (services && verdicts.some((verdict) => !verdict.pass)) console.log(`${formatLargestScripts(services)}\n`)
  return verdicts
}

async function bench(url: string): Promise<boolean> {
  const verdicts = [...(await benchReads(url)), ...(await benchBundles(url))]
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
