import { type ChildProcess, spawn } from 'node:child_process'
import { rmSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { networkFromEnv } from '../chain/networks'
import type { HistoryStatus } from '../history/types'

export type RunningIndexer = {
  url: string
  pid: number
  stop(): Promise<void>
  /** Settles with the exit code when the indexer ends, by stop() or by itself. */
  exited: Promise<number | null>
}

export type IndexerOptions = {
  port: number
  /** The deployment network's JSON-RPC endpoint (OCN_RPC_URL of the indexer). */
  rpcUrl: string
  /** The PGlite directory; wiped first for the local network, whose chain is new each run. */
  dir: string
  /** PostgreSQL instead of PGlite (with `schema` as DATABASE_SCHEMA). */
  databaseUrl?: string
  schema?: string
  /** More environment for the indexer: the OCN_* network variables, OCN_INDEXER_START_BLOCK. */
  env?: Record<string, string | undefined>
  host?: string
  /** Aborting stops the indexer, also while it is still starting (the promise then rejects). */
  signal?: AbortSignal
}

/** The repository's indexer project (`indexer/`), found from this file so any working directory works. */
export const INDEXER_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../indexer')

// ponder's package exports name neither its bin nor a require entry, so its file is found where npm puts it.
const PONDER_BIN = join(INDEXER_ROOT, '..', 'node_modules', 'ponder', 'dist', 'esm', 'bin', 'ponder.js')

const START_TIMEOUT_MS = 90_000
const LOG_TAIL_CHARS = 4_000

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/status`, { signal: AbortSignal.timeout(1_000) })
    return response.ok
  } catch {
    return false
  }
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done()
      // ponder shuts down its database cleanly on SIGTERM; a hung one is killed so a caller never waits forever.
      const force = setTimeout(() => child.kill('SIGKILL'), 10_000)
      child.once('exit', () => {
        clearTimeout(force)
        done()
      })
      child.kill('SIGTERM')
    })
}

/**
 * Starts Ponder (`ponder start --root indexer`) for the deployment's network and resolves once its HTTP server
 * answers /status (indexing may still be under way: wait for a block with waitForIndexedBlock). Telemetry off.
 */
export async function runIndexer(options: IndexerOptions): Promise<RunningIndexer> {
  try {
    return await startIndexer(options)
  } catch (error) {
    // A PGlite directory built by other indexer code (an upgrade, another config) is refused by ponder; it is ours
    // and only a copy of the chain, so it is rebuilt from the start block. A shared Postgres schema is never dropped.
    if (options.databaseUrl || !(error instanceof IndexerBuildMismatch)) throw error
    rmSync(resolve(options.dir), { recursive: true, force: true })
    return startIndexer(options)
  }
}

class IndexerBuildMismatch extends Error {}

async function startIndexer(options: IndexerOptions): Promise<RunningIndexer> {
  const host = options.host ?? '127.0.0.1'
  const schema = options.schema ?? 'ocn'
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env, OCN_RPC_URL: options.rpcUrl }
  const network = networkFromEnv(env)
  // ponder reads PORT before --port, and DATABASE_URL from the environment: neither may leak in from the app's.
  delete env.DATABASE_URL
  delete env.DATABASE_PRIVATE_URL
  Object.assign(env, {
    PORT: String(options.port),
    PONDER_TELEMETRY_DISABLED: 'true',
    PONDER_LOG_LEVEL: 'warn',
    DATABASE_SCHEMA: schema,
    OCN_INDEXER_DIR: resolve(options.dir),
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
  })
  if (!options.databaseUrl && network.id === 'local') rmSync(resolve(options.dir), { recursive: true, force: true })

  const child = spawn(
    process.execPath,
    [PONDER_BIN, 'start', '--root', INDEXER_ROOT, '--schema', schema, '--port', String(options.port), '--hostname', host, '--log-level', 'warn'],
    { env, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let log = ''
  const keep = (data: Buffer) => (log = (log + data.toString()).slice(-LOG_TAIL_CHARS))
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const url = `http://${host}:${options.port}`
  const stop = stopper(child)
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)))
  options.signal?.addEventListener('abort', () => void stop(), { once: true })

  const deadline = Date.now() + START_TIMEOUT_MS
  while (Date.now() < deadline) {
    if (options.signal?.aborted) {
      await stop()
      throw new Error('The indexer was stopped while starting.')
    }
    if (child.exitCode !== null || child.signalCode !== null) {
      const message = `The indexer exited with code ${child.exitCode}: ${reasonIn(log)}`
      throw log.includes('was previously used by a different Ponder app') ? new IndexerBuildMismatch(message) : new Error(message)
    }
    if (await answers(url)) {
      // Past start-up only warnings and errors remain; they go to the parent's stderr, where an operator sees them.
      child.stdout?.off('data', keep)
      child.stderr?.off('data', keep)
      for (const stream of [child.stdout, child.stderr]) {
        if (!stream) continue
        createInterface({ input: stream }).on('line', (line) => {
          // anvil mines only when sent a transaction: a quiet local chain is not a fault.
          if (network.id === 'local' && line.includes('No new block received')) return
          process.stderr.write(`${line}\n`)
        })
      }
      return { url, pid: child.pid!, stop, exited }
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  await stop()
  throw new Error(`The indexer did not answer on ${url} within ${START_TIMEOUT_MS / 1000} s. ${reasonIn(log)}`)
}

/** The error lines of ponder's log, without the stack and source excerpts that follow them; else its last lines. */
function reasonIn(log: string): string {
  const lines = log.split('\n').map((line) => line.trim())
  const errors = [...new Set(lines.filter((line) => /^(\S+ ERROR |\w*Error: )/.test(line)))]
  return (errors.length ? errors : lines.slice(-5)).join(' | ')
}

/** The indexer's status (HistoryStatus from /history/status), or null when it does not answer. */
export async function indexerStatus(url: string): Promise<HistoryStatus | null> {
  try {
    const response = await fetch(`${url}/history/status`, { signal: AbortSignal.timeout(2_000) })
    return response.ok ? ((await response.json()) as HistoryStatus) : null
  } catch {
    return null
  }
}

/** Resolves once the indexer has processed `block` (so every event up to it is queryable). */
export async function waitForIndexedBlock(url: string, block: bigint, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let last: string | null = null
  while (Date.now() < deadline) {
    const status = await indexerStatus(url)
    last = status?.indexedBlock ?? null
    if (last !== null && BigInt(last) >= block) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`The indexer at ${url} did not reach block ${block} within ${timeoutMs} ms (at ${last ?? 'no block'}).`)
}
