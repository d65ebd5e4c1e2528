import type { Browser, Page } from '@playwright/test'
import { encodeFunctionData } from 'viem'
import { LOCAL_PERMISSIONS } from '../lib/chain/networks'
import { anvilAddress } from '../lib/devnet/accounts'
import { permissionsAbi } from '../lib/ocn/abi'
import { E2E_CACHE_APP_URL, sendAs } from './support/chain'
import type { FaultProxy } from './support/fault-proxy'
import { ServicePage } from './support/agreement-pages'
import { expect, test } from './support/fixtures'
import { connectWallet, hasAgreement } from './support/wallet'

// The cache app: the same build behind a counting proxy, with a 60 s read-cache TTL, so nothing in these tests
// is refreshed by time. Its server keeps its snapshot across tests while the chain is reverted after each one:
// the test that writes through the app (and so leaves the newest snapshot behind) runs last.
test.use({ baseURL: E2E_CACHE_APP_URL })
test.describe.configure({ mode: 'serial' })

const DE_MSP = anvilAddress(7)
const BILLING = anvilAddress(9)
const SMART_CHARGING = anvilAddress(12)
const TARIFFS = anvilAddress(13)

/** JSON-RPC HTTP requests the app's server sent (a browser's carry an Origin; the server's fetch sends none). */
const serverRequests = (proxy: FaultProxy) => proxy.requests().filter((r) => r.origin === null)
const serverMethods = (proxy: FaultProxy) => serverRequests(proxy).flatMap((r) => r.methods)

/** A visitor of their own: a fresh browser context, so nothing of the first visitor's is shared but the server. */
async function asNewVisitor<T>(browser: Browser, visit: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ baseURL: E2E_CACHE_APP_URL })
  try {
    return await visit(await context.newPage())
  } finally {
    await context.close()
  }
}

async function viewCatalog(page: Page): Promise<void> {
  await page.goto('/services')
  await expect(page.getByTestId('service-card')).toHaveCount(5)
  await page.waitForLoadState('networkidle')
}

async function viewService(page: Page): Promise<void> {
  await page.goto(`/services/${BILLING}`)
  await expect(page.getByTestId('service-title')).toHaveText('Roaming Billing & Invoicing')
  await expect(page.getByTestId('agreeing-parties').getByRole('link')).toHaveText([/CH\*CPA/, /DE\*MSP/])
  await page.waitForLoadState('networkidle')
}

test('a second visitor of the catalog and of a service page costs the server no RPC request', async ({ page, browser, cacheProxy }) => {
  // The first view of this server: cold, at most two round trips (the head check rides with the first).
  await viewCatalog(page)
  expect(serverRequests(cacheProxy).length).toBeGreaterThan(0)
  expect(serverRequests(cacheProxy).length).toBeLessThanOrEqual(2)
  await viewService(page)
  cacheProxy.clearRequests()

  await asNewVisitor(browser, async (other) => {
    await viewCatalog(other)
    await viewService(other)
  })
  expect(serverMethods(cacheProxy)).toEqual([])
})

test('a write made elsewhere is not seen within the TTL: the page is served from the shared snapshot', async ({ page, cacheProxy }) => {
  await page.goto('/services')
  await expect(page.getByTestId('service-card').filter({ hasText: 'Tariff Transparency Monitor' })).toHaveCount(1)
  cacheProxy.clearRequests()

  // The provider withdraws its service straight on chain, not through this app.
  await sendAs(TARIFFS, LOCAL_PERMISSIONS, encodeFunctionData({ abi: permissionsAbi, functionName: 'deleteService' }))
  await page.reload()
  await expect(page.getByTestId('service-card')).toHaveCount(5)
  await expect(page.getByTestId('service-card').filter({ hasText: 'Tariff Transparency Monitor' })).toHaveCount(1)
  expect(serverMethods(cacheProxy)).toEqual([])
})

test('the write announcement takes only a hash from this site, and an unknown hash refreshes nothing', async ({ request, cacheProxy }) => {
  const hash = `0x${'5a'.repeat(32)}`
  const own = { origin: E2E_CACHE_APP_URL, 'content-type': 'application/json' }
  const refused = [
    await request.post('/api/chain-writes', { headers: { ...own, origin: 'http://evil.example' }, data: { hash } }),
    await request.post('/api/chain-writes', { headers: { ...own, 'sec-fetch-site': 'cross-site' }, data: { hash } }),
    await request.post('/api/chain-writes', { headers: { 'content-type': 'application/json' }, data: { hash } }),
  ]
  expect(refused.map((r) => r.status())).toEqual([403, 403, 403])
  expect((await request.post('/api/chain-writes', { headers: own, data: { hash: '0x1234' } })).status()).toBe(400)
  expect((await request.post('/api/chain-writes', { headers: own, data: { hash, pad: 'x'.repeat(500) } })).status()).toBe(413)
  expect(serverMethods(cacheProxy)).toEqual([])

  const unknown = await request.post('/api/chain-writes', { headers: own, data: { hash } })
  expect(unknown.status()).toBe(200)
  expect(await unknown.json()).toEqual({ outcome: 'unknown' })
  // One receipt request, and no read: the snapshot stands.
  expect(serverMethods(cacheProxy)).toEqual(['eth_getTransactionReceipt'])
  expect((await request.get('/services')).status()).toBe(200)
  expect(serverMethods(cacheProxy)).toEqual(['eth_getTransactionReceipt'])
})

test('an agreement made through the app is on the service page at once and after a reload, for every visitor', async ({ page, browser, cacheProxy }) => {
  const service = await new ServicePage(page).goto(SMART_CHARGING, { connect: false })
  await expect(page.getByTestId('agreeing-parties').getByRole('link')).toHaveText([/DE\*CPO/])
  await connectWallet(page)
  await expect(page.getByTestId('account-identity')).toHaveText('DE*MSP · EMSP')

  const review = await service.openReview()
  cacheProxy.clearRequests()
  await review.confirmAndWait()
  await review.close()
  expect(await hasAgreement(DE_MSP, SMART_CHARGING)).toBe(true)

  await expect(page.getByTestId('agreeing-parties').getByRole('link')).toHaveText([/DE\*CPO/, /DE\*MSP/])
  // The server checked the receipt on its own RPC before it dropped its snapshot.
  expect(serverMethods(cacheProxy)).toContain('eth_getTransactionReceipt')

  await page.reload()
  await expect(page.getByTestId('agreeing-parties').getByRole('link')).toHaveText([/DE\*CPO/, /DE\*MSP/])
  const seen = await asNewVisitor(browser, async (other) => {
    await other.goto(`/services/${SMART_CHARGING}`)
    return other.getByTestId('agreeing-parties').getByRole('link').allTextContents()
  })
  expect(seen.join(' ')).toMatch(/DE\*CPO.*DE\*MSP/)
})
