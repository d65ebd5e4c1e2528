import { type Address, encodeFunctionData } from 'viem'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { LOCAL_PERMISSIONS } from '../chain/networks'
import { anvilAddress } from '../devnet/accounts'
import { DEMO_ACCOUNT } from '../devnet/demo-network'
import { revertChainAfterEach, sendFrom } from '../devnet/test-anvil'
import { testReadContext } from '../devnet/test-context'
import { startTestListener, TEST_LISTENER_PORT } from '../devnet/test-listener'
import { sha256Base64 } from '../manifest/integrity'
import { exampleManifest } from '../manifest/test-manifests'
import type { ServiceManifest } from '../manifest/types'
import { permissionsAbi } from '../ocn/abi'
import { CATALOG_MANIFEST_WAIT_MS, catalogIndexView, catalogPageView } from '../ocn/pieces'
import { SnapshotCache } from '../reads/snapshot-cache'
import { decodeCatalogIndex } from './index-codec'
import { type CatalogService, parseCatalogQuery } from './query'
import { localBook } from './test-manifest-book'

const BILLING = anvilAddress(DEMO_ACCOUNT.DE_BIL)
const PAYMENT = anvilAddress(DEMO_ACCOUNT.CH_PAY)
const LOCATION = anvilAddress(DEMO_ACCOUNT.NL_LOC)
const SMART_CHARGING = anvilAddress(DEMO_ACCOUNT.GB_SCS)
const TARIFFS = anvilAddress(DEMO_ACCOUNT.DE_TRF)

/** Manifests as providers host them; the slow one answers after the page stopped waiting. */
const hosted = new Map<string, string>()
const SLOW_PATH = '/m/location.json'
const SLOW_MS = CATALOG_MANIFEST_WAIT_MS + 1_500
const server = await startTestListener((request, _body, response) => {
  const body = hosted.get(request.url ?? '')
  const answer = () => (body ? response.writeHead(200, { 'content-type': 'application/json' }).end(body) : response.writeHead(404).end())
  if (request.url === SLOW_PATH) setTimeout(answer, SLOW_MS)
  else answer()
}, TEST_LISTENER_PORT)
afterAll(() => server.stop())

const manifest = (tagline: string, categories: ServiceManifest['categories'], model: ServiceManifest['pricing']['model']) =>
  JSON.stringify({ ...exampleManifest(), tagline, categories, pricing: { model } }, null, 2)

const query = (search: string) => parseCatalogQuery(new URLSearchParams(search))
const states = (items: CatalogService[]) => Object.fromEntries(items.map((s) => [s.provider, s.manifest?.state]))

async function publish(provider: Address, url: string): Promise<void> {
  const data = encodeFunctionData({ abi: permissionsAbi, functionName: 'setService', args: ['Service', url, [8n]] })
  await sendFrom({ from: provider, to: LOCAL_PERMISSIONS, data })
}

/**
 * The seeded services pointed at the test host, one per state: billing commits its manifest's hash (verified),
 * payment commits none (unverified), smart charging committed an earlier version (changed), the tariff monitor
 * hosts none (its origin's well-known path is a 404), and the location service is slow.
 */
async function seedManifests(): Promise<{ urls: Record<string, string>; cache: SnapshotCache }> {
  hosted.set('/m/billing.json', manifest('Invoices for roaming', ['billing', 'reporting'], 'per-session'))
  hosted.set('/m/payment.json', manifest('Payments at the charger', ['payment'], 'free'))
  hosted.set(SLOW_PATH, manifest('Richer location data', ['data-enrichment'], 'subscription'))
  hosted.set('/m/smart.json', manifest('Smart charging, now', ['smart-charging'], 'per-kwh'))
  const committed = await sha256Base64(manifest('Smart charging, as committed', ['smart-charging'], 'per-kwh'))
  const urls = {
    [BILLING]: `${server.url}/m/billing.json#sha256-${await sha256Base64(hosted.get('/m/billing.json')!)}`,
    [PAYMENT]: `${server.url}/m/payment.json`,
    [LOCATION]: `${server.url}${SLOW_PATH}`,
    [SMART_CHARGING]: `${server.url}/m/smart.json#sha256-${committed}`,
    [TARIFFS]: `${server.url}/tariffs`,
  }
  for (const [provider, url] of Object.entries(urls)) await publish(provider as Address, url)
  return { urls, cache: new SnapshotCache(testReadContext(), { ttlMs: 600_000 }) }
}

describe('the catalog with providers’ manifests', () => {
  revertChainAfterEach()
  beforeEach(() => hosted.clear())

  it("waits for its cards' manifests at most a moment, and the index carries the summaries the page shows", async () => {
    const { cache } = await seedManifests()
    const { book } = localBook()
    const started = Date.now()
    const page = await catalogPageView(await cache.snapshot(), query(''), book)
    const waited = Date.now() - started
    expect(waited, 'the page stops waiting for the slow provider').toBeLessThan(CATALOG_MANIFEST_WAIT_MS + 1_000)
    expect(states(page.items)).toEqual({ [BILLING]: 'verified', [PAYMENT]: 'unverified', [LOCATION]: 'pending', [SMART_CHARGING]: 'changed', [TARIFFS]: 'none' })

    const billing = page.items.find((s) => s.provider === BILLING)!.manifest!
    expect(billing).toMatchObject({ tagline: 'Invoices for roaming', categories: ['billing', 'reporting'], pricing: 'per-session' })
    expect(billing.logoHash).toMatch(/^[A-Za-z0-9_-]{43}$/)
    // Changed: the card says so and shows nothing of what is hosted now.
    expect(page.items.find((s) => s.provider === SMART_CHARGING)!.manifest).toMatchObject({ tagline: null, categories: [], pricing: null, logoHash: null })

    const body = await catalogIndexView(await cache.snapshot(), book)
    expect(body.version).toBe(page.indexVersion)
    const index = decodeCatalogIndex(JSON.parse(body.json))
    expect(index.services.map((s) => [s.provider, s.manifest])).toEqual(expect.arrayContaining(page.items.map((s) => [s.provider, s.manifest])))
    expect(body.json, 'no logo bytes in the index').not.toContain('data:image')

    // Once the slow provider answers, the epoch moves on: a new index version, and the page shows the manifest.
    await book.settle([`${server.url}${SLOW_PATH}`], SLOW_MS * 2)
    const later = await catalogPageView(await cache.snapshot(), query(''), book)
    expect(states(later.items)[LOCATION]).toBe('unverified')
    expect(later.indexVersion).not.toBe(page.indexVersion)
    expect((await catalogIndexView(await cache.snapshot(), book)).version).toBe(later.indexVersion)
  })

  it('matches manifest filters on trusted manifests only, says how many are still pending, and filters anew when one changes', async () => {
    const { urls, cache } = await seedManifests()
    const { book, cache: manifests } = localBook()
    const view = async (search: string) => {
      const page = await catalogPageView(await cache.snapshot(), query(search), book)
      return { providers: page.items.map((s) => s.provider), pending: page.manifests?.pending }
    }

    // Nothing fetched yet: no card can match, none is waited for, and all five are being checked.
    expect(await view('category=billing')).toEqual({ providers: [], pending: 5 })
    await book.settle(Object.values(urls).filter((url) => !url.endsWith(SLOW_PATH)), 5_000)
    expect(await view('category=billing')).toEqual({ providers: [BILLING], pending: 1 })
    expect(await view('category=smart-charging'), 'a changed manifest matches nothing').toEqual({ providers: [], pending: 1 })
    expect(await view('pricing=free&category=payment,billing')).toEqual({ providers: [PAYMENT], pending: 1 })

    // The payment provider now hosts a billing manifest; a fresh check replaces the cached one.
    hosted.set('/m/payment.json', manifest('Payments and billing', ['payment', 'billing'], 'free'))
    await manifests.result(urls[PAYMENT], { fresh: true })
    expect((await view('category=billing')).providers.sort()).toEqual([BILLING, PAYMENT].sort())
  })
})
