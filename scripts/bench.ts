// `npm run bench`: the app at scale against the official `ocn-registry` CLI, on one seeded local chain and one
// production build (.next-bench). See the README's "Performance" section for what it prints; `--quick` is the
// small run for development. Exit code: 0 when the bench ran (targets missed are printed, not fatal), 1 when the
// bench itself broke (a part could not measure), 2 on a bad flag.
import type { Browser } from '@playwright/test'
import { fileURLToPath } from 'node:url'
import { isPortFree } from '../lib/devnet/anvil'
import { runLocalChain } from '../lib/devnet/run-chain'
import { measureBundles } from './bundle-size'
import { launchBrowser, measureTyping } from './bench/browser'
import { countServices, growCatalogTo } from './bench/chain-control'
import { emptyFigures, type Figures } from './bench/figures'
import { lighthouseScore, lighthouseUnavailable, PageNotScored } from './bench/lighthouse'
import { loadTest } from './bench/load'
import { sampleRss } from './bench/memory'
import { networkFile } from './bench/official-cli'
import { paintRuns } from './bench/paint'
import { type BenchOptions, type Part, parseOptions, UsageError } from './bench/options'
import { buildApp, type RunningApp, startApp } from './bench/processes'
import { benchReads, MEASURE_READ_FLAG, measureReadAndPrint, oneLine } from './bench/reads'
import { benchHistory, hasHistoryProxy, type Track } from './bench/history'
import { benchManifests } from './bench/manifests'
import { bundleTable, historyTables, interactionSummary, lighthouseSummary, loadTable, manifestTables, memoryTable, paintTable, rpcTable } from './bench/report'
import { startRpcProxy } from './bench/rpc-proxy'
import { countRpc } from './bench/rpc-views'
import { benchBroke, formatVerdicts, verdicts } from './bench/verdicts'
import { exitWithMessage, portFromEnv } from './cli-support'

const CHAIN_PORT = portFromEnv('OCN_BENCH_PORT', 8590)
const APP_PORT = portFromEnv('OCN_BENCH_APP_PORT', 3190)
const PROXY_PORT = portFromEnv('OCN_BENCH_PROXY_PORT', CHAIN_PORT + 2)
const INDEXER_PORT = portFromEnv('OCN_BENCH_INDEXER_PORT', 8555)
const PG_PORT = portFromEnv('OCN_BENCH_PG_PORT', INDEXER_PORT + 1)
/** The manifests part's loopback "providers" server. */
const MANIFEST_HOST_PORT = portFromEnv('OCN_BENCH_MANIFEST_PORT', APP_PORT + 1)
const BUNDLE_PATHS = ['/', '/services', '/registry']
const LOAD_PATHS = ['/services', '/']
const BROWSER_PARTS: Part[] = ['paint', 'latency', 'rpc', 'interaction']

/** What to stop, newest first: browser, app, proxy, chain. Also run on Ctrl-C, which skips finally blocks. */
const cleanup: (() => Promise<unknown>)[] = []
async function stopAll(): Promise<void> {
  for (const stop of cleanup.splice(0)) await stop().catch(() => undefined)
}
/** Newest first, like the rest; stopping early takes it off the list. */
const track: Track = (stop) => {
  cleanup.unshift(stop)
  return async () => {
    const index = cleanup.indexOf(stop)
    if (index !== -1) cleanup.splice(index, 1)
    await stop()
  }
}

type Session = { chainUrl: string; app: RunningApp; browser: Browser | null; proxy: Awaited<ReturnType<typeof startRpcProxy>>; cliNetworkFile: string }

/** Runs one part; if it throws, the bench records that it broke there and goes on with the others. */
async function attempt(figures: Figures, part: string, action: () => Promise<void>): Promise<void> {
  try {
    await action()
  } catch (error) {
    figures.errors.push({ part, message: oneLine(error) })
    console.log(`  ${part} broke: ${oneLine(error)}`)
  }
}

/**
 * The server's first render after the catalog grew reads the whole network (the seed's events are too many to
 * patch): timed and printed on its own, so that "cold" below means what a visitor meets on a running server, a
 * snapshot patched after a contract change.
 */
async function firstServerRender(app: RunningApp, services: number): Promise<void> {
  await app.ensureRunning()
  const started = performance.now()
  const response = await fetch(`${app.url}/services`, { signal: AbortSignal.timeout(180_000) })
  await response.arrayBuffer()
  if (!response.ok) throw new Error(`the first render of /services answered ${response.status}`)
  console.log(`First server render at ${services} services (the whole network read): ${Math.round(performance.now() - started)} ms.`)
}

function browserOf(session: Session): Browser {
  if (!session.browser) throw new Error('Chromium is not running')
  return session.browser
}

/** `listed`: services on the chain before this size; `demoServices`: what the demo network lists. Returns services now listed. */
async function benchSize(session: Session, options: BenchOptions, figures: Figures, size: number, listed: number, demoServices: number): Promise<number> {
  const { chainUrl, app, proxy } = session
  const services = await growCatalogTo(chainUrl, listed, size)
  if (services !== size) console.log(`(the catalog already lists ${services}; measured at that size)`)
  const setup = { chainUrl, app, cliNetworkFile: session.cliNetworkFile, services, bulkServices: services - demoServices }
  const rss = sampleRss(app.pid)
  const on = (part: Part) => options.parts.has(part)
  await attempt(figures, 'first view', () => firstServerRender(app, services))

  if (on('paint')) {
    await attempt(figures, 'paint', async () => {
      console.log(`Painting the catalog at ${services} services, ${options.runs} runs...`)
      figures.paint.push(await paintRuns({ ...setup, browser: browserOf(session) }, options.runs, 0))
    })
  }
  if (on('latency') && options.latencySizes.includes(size)) {
    await attempt(figures, 'latency', async () => {
      console.log(`... and with ${options.latencyMs} ms per RPC request...`)
      proxy.setLatency(options.latencyMs)
      try {
        figures.paint.push(await paintRuns({ ...setup, browser: browserOf(session) }, options.runs, options.latencyMs))
      } finally {
        proxy.setLatency(0)
      }
    })
  }
  if (on('rpc') && size === options.targetSize) {
    await attempt(figures, 'rpc', async () => {
      console.log('Counting RPC traffic per view...')
      figures.rpc = await countRpc({ chainUrl, app, proxy, browser: browserOf(session), services }, options.serverViews, options.browserViews)
    })
  }
  if (on('interaction') && size === options.largeSize) {
    await attempt(figures, 'interaction', async () => {
      console.log('Typing into the search box...')
      await app.ensureRunning()
      const context = await browserOf(session).newContext()
      try {
        figures.interaction = { size, ...(await measureTyping(context, `${app.url}/services`, services)), failure: null }
      } catch (error) {
        // The page never painted or the search never answered: the app failed, the bench did not.
        figures.interaction = { size, longTasksMs: [], keyToInputMs: [], keyToResultsMs: [], searchReadyMs: null, unchanged: 0, failure: oneLine(error) }
      } finally {
        await context.close()
      }
    })
  }
  if (on('load') && (size === options.targetSize || size === options.largeSize)) {
    await attempt(figures, 'load', async () => {
      // At the large size only the catalog, at the fewest connections: enough to see whether memory holds.
      const paths = size === options.targetSize ? LOAD_PATHS : ['/services']
      const connections = size === options.targetSize ? options.loadConnections : options.loadConnections.slice(0, 1)
      for (const path of paths) {
        for (const c of connections) {
          console.log(`Load test: ${path}, ${c} connections, ${options.loadSeconds} s...`)
          figures.load.push(await loadTest(app, services, path, c, options.loadSeconds))
        }
      }
    })
  }
  if (on('lighthouse') && size === options.targetSize) {
    const unavailable = lighthouseUnavailable()
    if (unavailable) figures.lighthouse = { unavailable }
    else {
      await attempt(figures, 'lighthouse', async () => {
        console.log('Lighthouse, mobile and desktop...')
        await app.ensureRunning()
        const url = `${app.url}/services`
        const score = async (formFactor: 'mobile' | 'desktop') => {
          await app.ensureRunning()
          return lighthouseScore(url, formFactor)
        }
        try {
          figures.lighthouse = { size, mobile: await score('mobile'), desktop: await score('desktop') }
        } catch (error) {
          if (!(error instanceof PageNotScored)) throw error
          figures.lighthouse = { size, failure: error.message }
        }
      })
    }
  }
  if (on('reads') && size === options.targetSize) {
    await attempt(figures, 'reads', () => benchReads(fileURLToPath(import.meta.url), chainUrl, services))
  }
  figures.peakRss.push({ size: services, bytes: rss.stop() })
  return services
}

function printReport(figures: Figures, options: BenchOptions): void {
  const sections = [
    figures.paint.length ? `Catalog: the official CLI (list-services) vs the app painted in Chromium, medians of ${options.runs} alternating runs:\n${paintTable(figures)}` : '',
    rpcTable(figures),
    loadTable(figures),
    memoryTable(figures),
    interactionSummary(figures),
    lighthouseSummary(figures),
    historyTables(figures),
    manifestTables(figures),
  ]
  for (const section of sections.filter(Boolean)) console.log(`\n${section}`)
  // The issue 9 targets are all catalog figures; a history-only run would print nothing but SKIP lines.
  if (catalogParts(options).length) console.log(`\nTargets (issue 9):\n${formatVerdicts(verdicts(figures, options))}`)
  if (benchBroke(figures)) console.log(`\nThe bench itself broke in: ${figures.errors.map((e) => `${e.part} (${e.message})`).join('; ')}`)
}

async function benchBundles(session: Session, figures: Figures): Promise<void> {
  await attempt(figures, 'bundle', async () => {
    const pages = await measureBundles(session.app.url, BUNDLE_PATHS)
    console.log(`\n${bundleTable(pages)}\n`)
    figures.servicesGzipBytes = pages.find((page) => page.path === '/services')?.gzip ?? null
  })
}

/** Parts measured on the catalog's growing chain (the history and manifests parts have chains of their own). */
function catalogParts(options: BenchOptions): Part[] {
  return [...options.parts].filter((part) => part !== 'history' && part !== 'manifests')
}

async function run(options: BenchOptions, figures: Figures): Promise<void> {
  const ports = [['OCN_BENCH_PORT', CHAIN_PORT], ['OCN_BENCH_PROXY_PORT', PROXY_PORT], ['OCN_BENCH_APP_PORT', APP_PORT]] as [string, number][]
  if (options.parts.has('history')) ports.push(['OCN_BENCH_INDEXER_PORT', INDEXER_PORT], ['OCN_BENCH_PG_PORT', PG_PORT])
  if (options.parts.has('manifests')) ports.push(['OCN_BENCH_MANIFEST_PORT', MANIFEST_HOST_PORT])
  for (const [name, port] of ports) {
    // A chain already on the port would get thousands of services written into it; an app there would be measured.
    if (!(await isPortFree(port))) throw new Error(`Port ${port} is in use. Set ${name} to a free port.`)
  }
  // The history part starts the app only to measure its history proxy, where the build has one.
  const appParts = catalogParts(options).some((part) => part !== 'reads') || options.parts.has('manifests') || (options.parts.has('history') && hasHistoryProxy())
  if (appParts && options.build) await buildApp()
  if (catalogParts(options).length) await runCatalog(options, figures)
  if (options.parts.has('manifests')) {
    const settings = { services: options.manifestServices, views: options.manifestViews, rounds: options.runs }
    await attempt(figures, 'manifests', () => benchManifests({ chain: CHAIN_PORT, app: APP_PORT, host: MANIFEST_HOST_PORT }, settings, figures, track))
    await stopAll()
  }
  if (options.parts.has('history')) {
    const settings = { services: options.historyServices, events: options.historyEvents, loadSeconds: options.loadSeconds, connections: options.loadConnections }
    await attempt(figures, 'history', () => benchHistory({ chain: CHAIN_PORT, indexer: INDEXER_PORT, postgres: PG_PORT, app: APP_PORT }, settings, figures, track))
    await stopAll()
  }
}

async function runCatalog(options: BenchOptions, figures: Figures): Promise<void> {
  const chain = await runLocalChain(CHAIN_PORT, '127.0.0.1', { demoOrigin: `http://127.0.0.1:${APP_PORT}` })
  cleanup.push(chain.stop)
  try {
    const proxy = await startRpcProxy(chain.url, PROXY_PORT)
    cleanup.unshift(proxy.stop)
    const app = await startApp(APP_PORT, proxy.url, chain.url.replace(/^http/, 'ws'))
    cleanup.unshift(app.stop)
    const browser = BROWSER_PARTS.some((part) => options.parts.has(part)) ? await launchBrowser() : null
    if (browser) cleanup.unshift(() => browser.close())
    const session: Session = { chainUrl: chain.url, app, browser, proxy, cliNetworkFile: networkFile(proxy.url) }
    const demoServices = await countServices(chain.url)
    console.log(`Chain ${chain.url} (demo seed: ${demoServices} services), RPC proxy ${proxy.url}, app ${app.url}.`)
    if (options.parts.has('bundle')) await benchBundles(session, figures)
    let listed = demoServices
    for (const size of options.sizes) {
      try {
        listed = await benchSize(session, options, figures, size, listed, demoServices)
      } catch (error) {
        // Seeding failed: the larger sizes cannot be reached either, but what was measured still gets printed.
        figures.errors.push({ part: `growing the catalog to ${size} services`, message: oneLine(error) })
        break
      }
    }
  } finally {
    await stopAll()
  }
}

async function main(): Promise<void> {
  let options: BenchOptions
  try {
    options = parseOptions(process.argv.slice(2))
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    console.error(error.message)
    process.exit(2)
  }
  const figures = emptyFigures()
  // A long run stopped with Ctrl-C still prints what it measured; finally blocks do not run then, so stop here.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void stopAll().finally(() => {
        console.log('\nStopped; figures so far:')
        printReport(figures, options)
        process.exit(130)
      })
    })
  }
  await run(options, figures)
  printReport(figures, options)
  process.exit(benchBroke(figures) ? 1 : 0)
}

const [flag, ...measureArgs] = process.argv.slice(2)
if (flag === MEASURE_READ_FLAG) {
  const [read, mode, url] = measureArgs
  measureReadAndPrint(read, mode, url).catch(exitWithMessage)
} else {
  main().catch(exitWithMessage)
}
