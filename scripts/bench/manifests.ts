// The manifests part: a catalog of services that each host a manifest, served by a loopback "provider" server the
// bench runs. Measures the catalog's server render while the app's manifest cache fills and once it is warm, and
// counts the manifest fetches page views cause, against what fetching every card's manifest per view would cost.
// Runs on its own chain, after the catalog parts have stopped theirs.
import { LOCAL_REGISTRY } from '../../lib/chain/networks'
import { bulkAddress, seedBulkServices } from '../../lib/devnet/bulk'
import { runLocalChain } from '../../lib/devnet/run-chain'
import { CATEGORIES, PRICING_MODELS } from '../../lib/manifest/types'
import { registryAbi } from '../../lib/ocn/abi'
import { CATALOG_PAGE_SIZE } from '../../lib/catalog/query'
import type { Figures, ManifestFigures, ManifestRoundFigures } from './figures'
import type { Track } from './history'
import { expectedState, startManifestHost, type ManifestHost } from './manifest-host'
import { type RunningApp, startApp } from './processes'
import { readContext } from './reads'

export type ManifestPorts = { chain: number; app: number; host: number }
export type ManifestSettings = { services: number; views: number; rounds: number }

const SEED_CHUNK = 1_000
const VIEW_TIMEOUT_MS = 120_000
/** The host is "settled" once it has had no request for this long (the app's background warming has finished). */
const QUIET_MS = 3_000
const SETTLE_BUDGET_MS = 5 * 60_000
/** The server's manifest cache outlives the whole part, so no view in a round finds an entry expired. */
const TTL_SECONDS = '3600'
const BRANDS_SEARCHED = ['Voltbill', 'Nordlicht', 'Ampera', 'Greenway', 'Fjordcharge', 'Alpenstrom', 'Solis', 'Kilowatt', 'Polder', 'Riviera']

/**
 * `count` distinct catalog views, the way visitors spread over it: pages of the whole catalog, each category and
 * pricing filter (and their second pages), combinations of both, other sorts, searches. Fewer when a small catalog
 * has fewer distinct pages.
 */
export function catalogViews(count: number, services: number): string[] {
  const pages = Math.max(1, Math.ceil(services / CATALOG_PAGE_SIZE))
  const views: string[] = []
  const add = (query: string) => {
    const path = `/services${query ? `?${query}` : ''}`
    if (views.length < count && !views.includes(path)) views.push(path)
  }
  for (let page = 1; page <= Math.min(pages, Math.ceil(count * 0.4)); page++) add(page === 1 ? '' : `page=${page}`)
  for (const category of CATEGORIES) for (const page of [1, 2]) add(`category=${category}${page > 1 ? `&page=${page}` : ''}`)
  for (const model of PRICING_MODELS) for (const page of [1, 2]) add(`pricing=${model}${page > 1 ? `&page=${page}` : ''}`)
  for (const brand of BRANDS_SEARCHED) add(`q=${brand}`)
  for (let page = 1; page <= pages; page++) add(`sort=country${page > 1 ? `&page=${page}` : ''}`)
  for (const category of CATEGORIES) for (const model of PRICING_MODELS) add(`category=${category}&pricing=${model}`)
  for (let page = 1; page <= pages; page++) add(`sort=permissions${page > 1 ? `&page=${page}` : ''}`)
  return views
}

export type CardState = { provider: string; state: string | null }

/** Each service card of a rendered catalog page, with its manifest badge's state (null: the card has none). */
export function cardStates(html: string): CardState[] {
  return html
    .split('data-testid="service-card"')
    .slice(1)
    .map((card) => {
      const provider = /data-provider="(0x[0-9a-fA-F]{40})"/.exec(card.slice(0, 400))?.[1] ?? ''
      const badge = /<[^>]*data-testid="manifest-state"[^>]*>/.exec(card)?.[0] ?? ''
      return { provider: provider.toLowerCase(), state: /data-state="([a-z]+)"/.exec(badge)?.[1] ?? null }
    })
}

async function timedView(app: RunningApp, path: string): Promise<{ ms: number; cards: CardState[] }> {
  await app.ensureRunning()
  const started = performance.now()
  const response = await fetch(`${app.url}${path}`, { signal: AbortSignal.timeout(VIEW_TIMEOUT_MS) })
  const html = await response.text()
  const ms = performance.now() - started
  if (!response.ok) throw new Error(`${path} answered ${response.status}`)
  return { ms, cards: cardStates(html) }
}

/** Waits until the host has had no request for QUIET_MS; the time of its last request, or null past the budget. */
async function settle(host: ManifestHost, since: number): Promise<number | null> {
  const deadline = performance.now() + SETTLE_BUDGET_MS
  while (performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500))
    const last = host.lastFetchAt()
    if (last > 0 && performance.now() - last >= QUIET_MS) return last - since
  }
  return null
}

async function listedParties(url: string): Promise<number> {
  const { client } = readContext(url, true)
  return (await client.readContract({ address: LOCAL_REGISTRY, abi: registryAbi, functionName: 'getParties' })).length
}

/** One round on a freshly started app: the views cold (first time each), then again warm. */
async function measureRound(app: RunningApp, host: ManifestHost, views: string[], expected: Map<string, string>): Promise<ManifestRoundFigures> {
  host.reset()
  const started = performance.now()
  const cold = []
  for (const path of views) cold.push(await timedView(app, path))
  const fetchesDuringViews = host.fetches()
  const settledMs = await settle(host, started)
  const fetchesSettled = host.fetches()
  const duplicateFetches = host.duplicateFetches()
  const warm = []
  for (const path of views) warm.push(await timedView(app, path))
  const warmCards = warm.flatMap((view) => view.cards).filter((card) => expected.has(card.provider))
  return {
    firstViewMs: cold[0].ms,
    firstViewCards: cold[0].cards.length,
    firstViewPending: cold[0].cards.filter((card) => card.state === 'pending').length,
    coldViewsMs: cold.map((view) => view.ms),
    warmViewsMs: warm.map((view) => view.ms),
    fetchesDuringViews,
    fetchesSettled,
    settledMs,
    duplicateFetches,
    warmFetches: host.fetches() - fetchesSettled,
    cardsShown: cold.reduce((sum, view) => sum + view.cards.length, 0),
    warmCards: warmCards.length,
    stateMismatches: warmCards.filter((card) => card.state !== expected.get(card.provider)).length,
  }
}

/** Seeds the chain with services whose URLs point at the host, then measures `settings.rounds` rounds. */
export async function benchManifests(ports: ManifestPorts, settings: ManifestSettings, figures: Figures, track: Track): Promise<void> {
  const chain = await runLocalChain(ports.chain)
  const stopChain = track(chain.stop)
  try {
    const first = await listedParties(chain.url)
    const host = await startManifestHost(ports.host, first, settings.services)
    const stopHost = track(host.stop)
    try {
      console.log(`Manifests: seeding ${settings.services} services whose manifests ${host.origin} hosts...`)
      for (let done = 0; done < settings.services; done += SEED_CHUNK) {
        await seedBulkServices(chain.url, Math.min(SEED_CHUNK, settings.services - done), { serviceUrl: host.serviceUrl })
      }
      const expected = new Map<string, string>()
      for (let index = first; index < first + settings.services; index++) expected.set(bulkAddress(index).toLowerCase(), expectedState(index))
      const states = [...expected.values()]
      const result: ManifestFigures = {
        services: settings.services,
        committed: states.filter((s) => s === 'verified').length,
        changed: states.filter((s) => s === 'changed').length,
        views: 0,
        rounds: [],
        notes: [],
      }
      figures.manifests = result
      const app = await startApp(ports.app, chain.url, chain.url.replace(/^http/, 'ws'), { OCN_MANIFEST_TTL_SECONDS: TTL_SECONDS })
      const stopApp = track(app.stop)
      try {
        const views = catalogViews(settings.views, settings.services)
        result.views = views.length
        for (let round = 0; round < settings.rounds; round++) {
          if (round > 0) await app.restart()
          console.log(`  round ${round + 1} of ${settings.rounds}: ${views.length} views on a fresh server, then again warm...`)
          const measured = await measureRound(app, host, views, expected)
          result.rounds.push(measured)
          if (measured.warmCards === 0) {
            throw new Error('the warm catalog showed no manifest badge (data-testid="manifest-state") on any bulk service: this build does not show manifests in the catalog')
          }
        }
      } finally {
        await stopApp()
      }
    } finally {
      await stopHost()
    }
  } finally {
    await stopChain()
  }
}
