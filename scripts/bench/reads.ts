// The catalog's reads without the app around them: readServices and readSummary, with Multicall3 and with
// viem's deployless multicall, each timed on a fresh client that counts its HTTP requests. Each measurement runs
// in its own process with a capped heap and a deadline, so a read that blows up at scale ends as a failed row
// instead of taking the bench, or the shared machine, down.
import { createOcnClient } from '../../lib/chain/client'
import { NETWORKS } from '../../lib/chain/networks'
import type { ReadContext } from '../../lib/ocn/batch'
import { readServices, readSummary } from '../../lib/ocn/reads'
import { runCaptured } from './processes'
import { formatRows, median } from './stats'

const RUNS = 5
const MEASUREMENT_BUDGET_MS = 60_000
const MEASUREMENT_HEAP_MB = 1_024
export const MEASURE_READ_FLAG = '--measure-read'

const READS = {
  readServices: async (ctx: ReadContext) => (await readServices(ctx)).length,
  readSummary: async (ctx: ReadContext) => (await readSummary(ctx)).services,
}
const MODES = { Multicall3: true, deployless: false }
type ReadName = keyof typeof READS
type ModeName = keyof typeof MODES

type Run = { ms: number; requests: number; services: number }
type Measurement = { read: string; mode: string; runs: Run[]; error: string | null }

export function readContext(url: string, multicall3: boolean, fetchFn: typeof fetch = fetch): ReadContext {
  const network = { ...NETWORKS.local, rpcUrl: url }
  return {
    client: createOcnClient(network, { fetchFn }),
    registry: network.registry,
    permissions: network.permissions,
    multicall3: multicall3 ? network.multicall3 : null,
  }
}

/** viem's short message spans a few lines (the revert reason comes second); a table wants one. */
export function oneLine(error: unknown): string {
  const message = error instanceof Error ? ((error as { shortMessage?: string }).shortMessage ?? error.message) : String(error)
  // Playwright's messages carry terminal colours and a call log after the reason; a table wants the reason.
  const reason = message.replace(/\u001b\[[0-9;]*m/g, '').split(/\n\s*Call log:/)[0]
  return reason.trim().replace(/\s*\n\s*/g, ' ')
}

async function timeRun(read: ReadName, url: string, multicall3: boolean): Promise<Run> {
  let requests = 0
  const fetchFn: typeof fetch = (input, init) => {
    requests += 1
    return fetch(input, init)
  }
  const started = performance.now()
  const services = await READS[read](readContext(url, multicall3, fetchFn))
  return { ms: performance.now() - started, requests, services }
}

/** The child side: `bench.ts --measure-read <read> <mode> <url>` prints one Measurement as JSON. */
export async function measureReadAndPrint(read: string, mode: string, url: string): Promise<void> {
  if (!(read in READS) || !(mode in MODES)) throw new Error(`Unknown read or mode: ${read} ${mode}.`)
  const runs: Run[] = []
  let error: string | null = null
  for (let i = 0; i < RUNS && !error; i++) {
    try {
      runs.push(await timeRun(read as ReadName, url, MODES[mode as ModeName]))
    } catch (caught) {
      error = oneLine(caught)
    }
  }
  console.log(JSON.stringify({ read, mode, runs, error } satisfies Measurement))
}

function childFailure(timedOut: boolean, stderr: string): string {
  if (timedOut) return `over the ${MEASUREMENT_BUDGET_MS / 1_000} s budget`
  if (stderr.includes('heap out of memory')) return `out of memory (heap capped at ${MEASUREMENT_HEAP_MB} MB)`
  return stderr.trim().split('\n').at(-1) || 'measuring process failed'
}

async function measureInChild(script: string, read: string, mode: string, url: string): Promise<Measurement> {
  // process.execArgv carries tsx's loader, so the child runs the TypeScript entry as the parent does.
  const args = [...process.execArgv, `--max-old-space-size=${MEASUREMENT_HEAP_MB}`, script, MEASURE_READ_FLAG, read, mode, url]
  // Tracked like every child of the bench: stopped with it on Ctrl-C.
  const run = await runCaptured(args, process.env, MEASUREMENT_BUDGET_MS)
  if (run.code === 0) return JSON.parse(run.stdout) as Measurement
  return { read, mode, runs: [], error: childFailure(run.timedOut, run.stderr) }
}

/** Prints the reads table; `script` is the bench's entry, which dispatches MEASURE_READ_FLAG here. */
export async function benchReads(script: string, url: string, size: number): Promise<void> {
  const rows: string[][] = []
  for (const read of Object.keys(READS)) {
    for (const mode of Object.keys(MODES)) {
      const m = await measureInChild(script, read, mode, url)
      if (m.error) rows.push([read, mode, '-', '-', '-', `failed: ${m.error}`])
      else {
        const requests = Math.max(...m.runs.map((run) => run.requests))
        const services = Math.min(...m.runs.map((run) => run.services))
        rows.push([read, mode, String(services), String(requests), String(Math.round(median(m.runs.map((run) => run.ms)))), String(m.runs.length)])
      }
    }
  }
  console.log(`\nReads without the app, at ${size.toLocaleString('en')} services (requests: the worst run):`)
  console.log(formatRows(['read', 'mode', 'services', 'requests', 'median ms', 'runs'], rows))
}
