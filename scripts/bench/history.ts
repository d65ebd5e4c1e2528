// The history part: the indexer catching up on a chain with a long history, then its timeline routes under load,
// straight and through the app's JSON proxy. Runs on its own chain, after the catalog parts have stopped theirs.
import autocannon from 'autocannon'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Address } from 'viem'
import { rpc, seedBulkServices } from '../../lib/devnet/bulk'
import { type AgreementPlan, planAgreementEvents, seedAgreementEvents } from '../../lib/devnet/bulk-agreements'
import { postgresBinDir, startPostgres } from '../../lib/devnet/postgres'
import { runLocalChain } from '../../lib/devnet/run-chain'
import { runIndexer, waitForIndexedBlock } from '../../lib/devnet/run-indexer'
import type { ActivityPage, AgreementPage } from '../../lib/history/types'
import type { CatchUpFigures, Figures, HistoryFigures } from './figures'
import { treeHwmBytes } from './memory'
import { ROOT, startApp } from './processes'

export type HistoryPorts = { chain: number; indexer: number; postgres: number; app: number }
export type HistorySettings = { services: number; events: number; loadSeconds: number; connections: number[] }
/** Registers a stop for Ctrl-C (and the end); returns a function that runs it now and unregisters it. */
export type Track = (stop: () => Promise<unknown>) => () => Promise<void>

const SEED_CHUNK = 1_000
const CATCH_UP_BUDGET_MS = 15 * 60_000
const REQUEST_TIMEOUT_S = 30
const WALK_LIMIT = 100
/** The proxy route of the history pages (issue 11, part B); measured when the build has it. */
const APP_PROXY_ROUTE = 'app/api/history/services/[address]/activity/route.ts'

export function hasHistoryProxy(): boolean {
  return existsSync(join(ROOT, APP_PROXY_ROUTE))
}

type Expected = { plan: AgreementPlan; hotEvents: number; user: Address; userPeriods: number }

async function seedHistoryChain(url: string, settings: HistorySettings): Promise<Expected> {
  const parties: Address[] = []
  for (let left = settings.services; left > 0; left -= SEED_CHUNK) parties.push(...(await seedBulkServices(url, Math.min(SEED_CHUNK, left))))
  const plan = planAgreementEvents(parties, settings.events)
  await seedAgreementEvents(url, plan)
  const actions = plan.rounds.flat()
  const user = actions[0].user
  return {
    plan,
    hotEvents: actions.filter((a) => a.provider === plan.hot).length,
    user,
    userPeriods: actions.filter((a) => a.user === user && a.action === 'create').length,
  }
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_S * 1_000) })
  if (!response.ok) throw new Error(`${url} answered ${response.status}`)
  return (await response.json()) as T
}

/**
 * Reads the busy service's whole timeline page by page and checks it against the seed, so that the routes under
 * load answer what they should; returns the cursor half-way down, where the deep page starts.
 */
async function checkTimeline(indexerUrl: string, expected: Expected): Promise<string> {
  const hot = expected.plan.hot.toLowerCase()
  let agreementItems = 0
  let items = 0
  let deepCursor: string | null = null
  let before: string | null = null
  do {
    const query: string = `limit=${WALK_LIMIT}${before ? `&before=${encodeURIComponent(before)}` : ''}`
    const page: ActivityPage = await getJson<ActivityPage>(`${indexerUrl}/history/services/${hot}/activity?${query}`)
    items += page.items.length
    agreementItems += page.items.filter((item) => item.kind === 'agreement-created' || item.kind === 'agreement-revoked').length
    if (deepCursor === null && items >= expected.hotEvents / 2) deepCursor = page.next
    before = page.next
  } while (before)
  if (agreementItems !== expected.hotEvents) {
    throw new Error(`the indexer's timeline of the busiest service has ${agreementItems} agreement events; the chain has ${expected.hotEvents}`)
  }
  const periods = await getJson<AgreementPage>(`${indexerUrl}/history/parties/${expected.user.toLowerCase()}/agreements?limit=100`)
  if (periods.items.length !== expected.userPeriods) {
    throw new Error(`the indexer lists ${periods.items.length} agreement periods of ${expected.user}; the chain has ${expected.userPeriods}`)
  }
  if (!deepCursor) throw new Error(`the busiest service's timeline has no page past its first ${items} items`)
  return deepCursor
}

type Route = { label: string; path: string }

function historyRoutes(expected: Expected, deepCursor: string, prefix: string): Route[] {
  const hot = expected.plan.hot.toLowerCase()
  return [
    { label: 'service activity, first page', path: `${prefix}/services/${hot}/activity` },
    { label: 'service activity, deep page', path: `${prefix}/services/${hot}/activity?before=${encodeURIComponent(deepCursor)}` },
    { label: 'party agreements', path: `${prefix}/parties/${expected.user.toLowerCase()}/agreements` },
  ]
}

async function load(base: string, route: Route, connections: number, seconds: number) {
  const result = await autocannon({ url: `${base}${route.path}`, connections, duration: seconds, timeout: REQUEST_TIMEOUT_S })
  return {
    route: route.label,
    connections,
    requestsPerSecond: result.requests.average,
    p50Ms: result.requests.total ? result.latency.p50 : Number.NaN,
    p99Ms: result.requests.total ? result.latency.p99 : Number.NaN,
    failed: result.non2xx + result.errors + result.timeouts,
  }
}

/** A database for the indexer; `pid`: a server process of its own (PostgreSQL), whose memory is counted apart. */
type Database = { name: string; start: () => Promise<{ databaseUrl?: string; pid?: number; stop: () => Promise<void> }> }

function databases(ports: HistoryPorts, notes: string[]): Database[] {
  const list: Database[] = [{ name: 'PGlite', start: async () => ({ stop: async () => {} }) }]
  try {
    postgresBinDir()
    list.push({
      name: 'PostgreSQL',
      start: async () => {
        const pg = await startPostgres(ports.postgres)
        return { databaseUrl: pg.url, pid: pg.pid, stop: pg.stop }
      },
    })
  } catch (error) {
    notes.push(`PostgreSQL not measured: ${error instanceof Error ? error.message : String(error)}`)
  }
  return list
}

/** Seeds the history chain, then per database: catch-up, checks, load on the indexer (and on the app with PGlite). */
export async function benchHistory(ports: HistoryPorts, settings: HistorySettings, figures: Figures, track: Track): Promise<void> {
  const stopChain = track((await runLocalChain(ports.chain)).stop)
  try {
    const url = `http://127.0.0.1:${ports.chain}`
    const seedStarted = performance.now()
    console.log(`History: seeding ${settings.services} services and ${settings.events} agreement events...`)
    const expected = await seedHistoryChain(url, settings)
    const head = BigInt((await rpc(url, 'eth_blockNumber')) as string)
    const history: HistoryFigures = {
      services: settings.services,
      events: settings.events,
      hotEvents: expected.hotEvents,
      head: Number(head),
      seedMs: performance.now() - seedStarted,
      catchUp: [],
      queries: [],
      notes: [],
    }
    figures.history = history
    console.log(`Seeded in ${Math.round(history.seedMs)} ms: head block ${head}, ${expected.hotEvents} agreement events on the busiest service.`)
    const appProxy = hasHistoryProxy()
    if (!appProxy) history.notes.push(`The app's history proxy was not measured: this build has no ${APP_PROXY_ROUTE}.`)

    for (const database of databases(ports, history.notes)) {
      const db = await database.start()
      const stopDatabase = track(db.stop)
      const dir = mkdtempSync(join(tmpdir(), 'ocn-bench-indexer-'))
      try {
        await measureDatabase({ name: database.name, url: db.databaseUrl, serverPid: db.pid }, dir, { url, head, expected, history, ports, settings, appProxy }, track)
      } finally {
        await stopDatabase()
        rmSync(dir, { recursive: true, force: true })
      }
    }
  } finally {
    await stopChain()
  }
}

type Run = {
  url: string
  head: bigint
  expected: Expected
  history: HistoryFigures
  ports: HistoryPorts
  settings: HistorySettings
  appProxy: boolean
}

async function measureDatabase(database: { name: string; url?: string; serverPid?: number }, dir: string, run: Run, track: Track): Promise<void> {
  const { history, settings } = run
  const { name, url: databaseUrl, serverPid } = database
  console.log(`History on ${name}: the indexer catching up to block ${run.head}...`)
  const started = performance.now()
  const indexer = await runIndexer({ port: run.ports.indexer, rpcUrl: run.url, dir, databaseUrl, env: { OCN_NETWORK: 'local' } })
  const stopIndexer = track(indexer.stop)
  try {
    const answeredMs = performance.now() - started
    await waitForIndexedBlock(indexer.url, run.head, CATCH_UP_BUDGET_MS)
    const catchUp: CatchUpFigures = {
      database: name,
      answeredMs,
      indexedMs: performance.now() - started,
      caughtUpHwmBytes: treeHwmBytes(indexer.pid),
      finalHwmBytes: Number.NaN,
      serverHwmBytes: null,
    }
    history.catchUp.push(catchUp)
    console.log(`  indexed in ${Math.round(catchUp.indexedMs)} ms; checking the timeline against the chain...`)
    const deepCursor = await checkTimeline(indexer.url, run.expected)
    for (const route of historyRoutes(run.expected, deepCursor, '/history')) {
      for (const connections of settings.connections) {
        console.log(`  load: ${route.label}, ${connections} connections, ${settings.loadSeconds} s...`)
        history.queries.push({ database: name, via: 'indexer', ...(await load(indexer.url, route, connections, settings.loadSeconds)) })
      }
    }
    // One database is enough to see what the proxy adds; PGlite is what `npm start` runs.
    if (run.appProxy && !databaseUrl) await measureProxy(name, indexer.url, deepCursor, run, track)
    catchUp.finalHwmBytes = treeHwmBytes(indexer.pid)
    // Before the indexer stops: its connections' backends exit with it, and their peaks with them.
    if (serverPid) catchUp.serverHwmBytes = treeHwmBytes(serverPid)
  } finally {
    await stopIndexer()
  }
}

async function measureProxy(name: string, indexerUrl: string, deepCursor: string, run: Run, track: Track): Promise<void> {
  const app = await startApp(run.ports.app, run.url, run.url.replace(/^http/, 'ws'), { OCN_INDEXER_URL: indexerUrl })
  const stopApp = track(app.stop)
  try {
    const routes = historyRoutes(run.expected, deepCursor, '/api/history')
    // The proxy must answer the indexer's data, not a state: a catching-up or unavailable answer is no timeline.
    const first = await getJson<{ state?: string; data?: ActivityPage }>(`${app.url}${routes[0].path}`)
    if (first.state !== 'ready' || !first.data?.items.length) {
      throw new Error(`the app's history proxy answered ${first.state === 'ready' ? 'no items' : `state "${first.state}"`} for a caught-up indexer`)
    }
    for (const route of routes) {
      for (const connections of run.settings.connections) {
        console.log(`  load through the app: ${route.label}, ${connections} connections, ${run.settings.loadSeconds} s...`)
        run.history.queries.push({ database: name, via: 'app', ...(await load(app.url, route, connections, run.settings.loadSeconds)) })
      }
    }
  } finally {
    await stopApp()
  }
}
