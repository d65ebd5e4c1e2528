import type { BrowserContext, Page } from '@playwright/test'
import { encodeFunctionData } from 'viem'
import { LOCAL_PERMISSIONS, LOCAL_REGISTRY } from '../lib/chain/networks'
import { seedBulkServices } from '../lib/devnet/bulk'
import { anvilAddress } from '../lib/devnet/accounts'
import { permissionsAbi } from '../lib/ocn/abi'
import { E2E_APP_URL, E2E_CHAIN_URL, E2E_LISTENER_PORT, sendAs } from './support/chain'
import { startFaultProxy } from './support/fault-proxy'
import { expect, test } from './support/fixtures'

// 60 bulk services beside the demo's 5: three catalog pages of 24, two Registry pages of 50 parties.
const BULK = 60

test('the catalog shows one page at a time, and page links, Back, Forward and reload all keep the page', async ({ page }) => {
  await seedBulkServices(E2E_CHAIN_URL, BULK)
  await page.goto('/services')
  await expect(page.getByTestId('result-count')).toHaveText('Showing 1–24 of 65 services')
  await expect(page.getByTestId('service-card')).toHaveCount(24)
  const first = await page.getByTestId('service-name').allTextContents()

  const pager = page.getByRole('navigation', { name: 'Catalog pages' })
  await expect(pager.getByTestId('current-page')).toHaveText('Page 1')
  await pager.getByRole('link', { name: 'Next' }).click()
  await expect(page).toHaveURL(/\/services\?page=2$/)
  await expect(page.getByTestId('result-count')).toHaveText('Showing 25–48 of 65 services')
  const second = await page.getByTestId('service-name').allTextContents()
  expect(second).toHaveLength(24)
  expect(second.filter((name) => first.includes(name) && second.indexOf(name) === -1)).toEqual([])
  expect(second[0].localeCompare(first[23])).toBeGreaterThanOrEqual(0)

  // Keyboard: the page links are ordinary links.
  await pager.getByRole('link', { name: 'Page 3' }).focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/services\?page=3$/)
  await expect(page.getByTestId('result-count')).toHaveText('Showing 49–65 of 65 services')
  await expect(page.getByTestId('service-card')).toHaveCount(17)
  await expect(pager.getByText('Next')).toHaveAttribute('aria-disabled', 'true')

  await page.goBack()
  await expect(page).toHaveURL(/\/services\?page=2$/)
  await expect(page.getByTestId('service-name')).toHaveText(second)
  await page.goForward()
  await expect(page.getByTestId('result-count')).toHaveText('Showing 49–65 of 65 services')
  await page.reload()
  await expect(page.getByTestId('result-count')).toHaveText('Showing 49–65 of 65 services')
  await expect(page.getByTestId('service-card')).toHaveCount(17)
})

test('a filter starts again from page 1, the URL keeps filter, sort and page, and Back undoes the filter', async ({ page }) => {
  await seedBulkServices(E2E_CHAIN_URL, BULK)
  await page.goto('/services?page=2&sort=permissions')
  await expect(page.getByTestId('result-count')).toHaveText('Showing 25–48 of 65 services')

  await page.getByRole('checkbox', { name: 'CDRs' }).check()
  await expect(page).toHaveURL(/\/services\?module=cdrs&sort=permissions$/)
  const count = page.getByTestId('result-count')
  await expect(count).toHaveText(/^Showing 1–24 of \d+ matching services \(65 in all\)$/)
  // Bulk services offer billing, CDR analytics, FORWARD_ALL payment or location data in turn: more than a page, not all.
  const matching = Number((await count.textContent())!.match(/of (\d+) matching/)![1])
  expect(matching).toBeGreaterThan(24)
  expect(matching).toBeLessThan(65)

  await page.getByRole('navigation', { name: 'Catalog pages' }).getByRole('link', { name: 'Next' }).click()
  await expect(page).toHaveURL(/\/services\?module=cdrs&sort=permissions&page=2$/)
  const secondPage = `Showing 25–${Math.min(48, matching)} of ${matching} matching services (65 in all)`
  await expect(count).toHaveText(secondPage)
  await page.reload()
  await expect(count).toHaveText(secondPage)
  await expect(page.getByRole('checkbox', { name: 'CDRs' })).toBeChecked()
  await expect(page.getByLabel('Sort by')).toHaveValue('permissions')

  await page.goBack()
  await expect(count).toHaveText(`Showing 1–24 of ${matching} matching services (65 in all)`)
  await page.goBack()
  await expect(page).toHaveURL(/\/services\?page=2&sort=permissions$/)
  await expect(page.getByRole('checkbox', { name: 'CDRs' })).not.toBeChecked()
  await expect(page.getByTestId('result-count')).toHaveText('Showing 25–48 of 65 services')
})

test('search looks through every page, and what is typed survives the results arriving', async ({ page }) => {
  const providers = await seedBulkServices(E2E_CHAIN_URL, BULK)
  const last = providers[BULK - 1]
  await page.goto('/services')
  const search = page.getByLabel('Search')
  await search.pressSequentially(last.toLowerCase(), { delay: 20 })
  await expect(page.getByTestId('service-card')).toHaveCount(1)
  await expect(page.getByTestId('service-card')).toHaveAttribute('data-provider', last)
  await expect(page.getByTestId('result-count')).toHaveText('1 of 65 services')
  await expect(search).toHaveValue(last.toLowerCase())
  await expect(page.getByRole('navigation', { name: 'Catalog pages' })).toHaveCount(0)

  // Back to the whole catalog; the box follows the URL.
  await page.goto(`/services?q=${last}`)
  await expect(search).toHaveValue(last)
  await page.goto('/services')
  await expect(search).toHaveValue('')
})

/** Every server render of the catalog a page asks for: documents and RSC requests (navigations, refreshes). */
function recordCatalogRenders(page: Page): string[] {
  const renders: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.pathname === '/services' && (request.resourceType() === 'document' || request.headers()['rsc'])) renders.push(url.search)
  })
  return renders
}

/** Each card's provider and its lookalike flags, as shown. */
async function cardsWithFlags(page: Page): Promise<string[]> {
  return page.getByTestId('service-card').evaluateAll((cards) =>
    cards.map((card) => `${card.getAttribute('data-provider')}: ${[...card.querySelectorAll('[data-testid="lookalike-flag"]')].map((f) => f.textContent).join(' | ')}`),
  )
}

test('once someone searches, each key narrows the results in the browser; the URL keeps the search and a reload agrees', async ({ page }) => {
  await seedBulkServices(E2E_CHAIN_URL, BULK)
  // GB*SCS renames its service to a Cyrillic lookalike of DE*BIL's "Roaming Billing & Invoicing": both cards carry flags.
  const lookalike = anvilAddress(12)
  const rename = encodeFunctionData({ abi: permissionsAbi, functionName: 'setService', args: ['R\u043eaming Billing & Invoicing', 'https://bil.example/', [3n]] })
  await sendAs(lookalike, LOCAL_PERMISSIONS, rename)
  const indexRequests: string[] = []
  page.on('request', (request) => request.url().includes('/api/catalog-index') && indexRequests.push(request.url()))
  await page.goto('/services')
  const count = page.getByTestId('result-count')
  await expect(count).toHaveText('Showing 1–24 of 65 services')
  // Not on first paint: only once someone starts to search.
  expect(indexRequests).toEqual([])

  const renders = recordCatalogRenders(page)
  const search = page.getByLabel('Search')
  await search.focus()
  await expect(page.locator('[data-search-runs-in="browser"]')).toBeVisible()
  expect(indexRequests).toHaveLength(1)
  // One document per catalog version: gzipped on the way, and a browser that holds it gets a 304.
  const index = await page.request.get('/api/catalog-index')
  expect(index.headers()['content-encoding']).toBe('gzip')
  const etag = index.headers()['etag']
  // The catalog's hash, then the manifest epoch: a new manifest answer is a new index.
  expect(etag).toMatch(/^"[\w-]{22}\.\d+"$/)
  expect((await page.request.get('/api/catalog-index', { headers: { 'if-none-match': etag } })).status()).toBe(304)

  // The pager turns pages in the browser too.
  await page.getByRole('navigation', { name: 'Catalog pages' }).getByRole('link', { name: 'Next' }).click()
  await expect(page).toHaveURL(/\/services\?page=2$/)
  await expect(count).toHaveText('Showing 25–48 of 65 services')

  await search.pressSequentially('billing', { delay: 40 })
  await expect(page).toHaveURL(/\/services\?q=billing$/)
  await expect(count).toHaveText(/^(\d+ of 65 services|Showing 1–24 of \d+ matching services \(65 in all\))$/)
  await search.pressSequentially(' & inv', { delay: 40 })
  await expect(page).toHaveURL(/\/services\?q=billing\+%26\+inv$/)
  await expect(count).toHaveText('2 of 65 services')
  expect(await cardsWithFlags(page)).toEqual([
    expect.stringMatching(new RegExp(`^${anvilAddress(9)}: Name looks like another service’s. Resembles “R\u043eaming Billing & Invoicing”`)),
    expect.stringMatching(new RegExp(`^${lookalike}: Name looks like another service’s.* \\| .*mixes Latin and Cyrillic`)),
  ])
  await page.getByRole('checkbox', { name: 'CDRs' }).check()
  await expect(page).toHaveURL(/\/services\?q=billing\+%26\+inv&module=cdrs$/)
  await expect(count).toHaveText('1 of 65 services')
  const filtered = await cardsWithFlags(page)
  expect(renders, 'server renders while searching in the browser').toEqual([])

  // A reload is the server's render of the same URL: the same cards, flags and count.
  await page.reload()
  await expect(count).toHaveText('1 of 65 services')
  expect(await cardsWithFlags(page)).toEqual(filtered)
  await expect(search).toHaveValue('billing & inv')
  await expect(page.getByRole('checkbox', { name: 'CDRs' })).toBeChecked()
})

test('an index of an older catalog is never used: the server keeps searching until page and index agree', async ({ page }) => {
  const providers = await seedBulkServices(E2E_CHAIN_URL, BULK)
  await page.goto('/services')
  await expect(page.getByTestId('result-count')).toHaveText('Showing 1–24 of 65 services')
  // The catalog changes after the page was rendered: its index would no longer show what the page shows.
  const gone = providers[0]
  await sendAs(gone, LOCAL_PERMISSIONS, encodeFunctionData({ abi: permissionsAbi, functionName: 'deleteService' }))
  // Past the local read cache's TTL, so the index route reads the new head.
  await page.waitForTimeout(1_500)
  const index = page.waitForResponse((response) => response.url().includes('/api/catalog-index'))
  const search = page.getByLabel('Search')
  await search.focus()
  expect((await index).status()).toBe(200)
  await expect(page.locator('[data-search-runs-in="server"]')).toBeVisible()

  // Searching goes to the server, whose new page names the new catalog; its index is then used.
  await search.pressSequentially(gone.slice(0, 12), { delay: 40 })
  await expect(page.getByTestId('result-count')).toHaveText('0 of 64 services')
  await expect(page.locator('[data-search-runs-in="browser"]')).toBeVisible()
  await expect(page.locator(`[data-provider="${gone}"]`)).toHaveCount(0)
  await search.fill('')
  await expect(page.getByTestId('result-count')).toHaveText('Showing 1–24 of 64 services')
})

test('a page number that is out of range or garbage shows the nearest page, never an error', async ({ page }) => {
  await seedBulkServices(E2E_CHAIN_URL, BULK)
  expect((await page.goto('/services?page=abc'))?.status()).toBe(200)
  await expect(page.getByTestId('result-count')).toHaveText('Showing 1–24 of 65 services')
  expect((await page.goto('/services?page=999999'))?.status()).toBe(200)
  await expect(page.getByTestId('result-count')).toHaveText('Showing 49–65 of 65 services')
  await expect(page.getByTestId('current-page')).toHaveText('Page 3')
  expect((await page.goto('/registry?page=-4&nodepage=x'))?.status()).toBe(200)
  await expect(page.getByTestId('party-count')).toHaveText('Showing 1–50 of 73 parties')
})

test('the Registry pages its parties, and a filter starts again from page 1', async ({ page }) => {
  await seedBulkServices(E2E_CHAIN_URL, BULK)
  await page.goto('/registry')
  await expect(page.getByTestId('party-count')).toHaveText('Showing 1–50 of 73 parties')
  await expect(page.getByTestId('party-rows').getByRole('row')).toHaveCount(50)
  await page.getByRole('navigation', { name: 'Party pages' }).getByRole('link', { name: 'Next' }).click()
  await expect(page).toHaveURL(/\/registry\?page=2$/)
  await expect(page.getByTestId('party-count')).toHaveText('Showing 51–73 of 73 parties')
  await expect(page.getByTestId('party-rows').getByRole('row')).toHaveCount(23)
  // Every bulk party publishes a service; the nodes still count every party they route.
  await expect(page.getByTestId('party-rows').getByRole('link', { name: 'offers a service' }).first()).toBeVisible()
  await expect(page.getByTestId('node-list')).toContainText(/\d+ parties/)

  await page.getByLabel('Role').selectOption({ label: 'e-Mobility service provider' })
  await expect(page).toHaveURL(/\/registry\?role=EMSP$/)
  await expect(page.getByTestId('party-rows').getByRole('link', { name: /\*/ })).toHaveText(['DE*MSP', 'FR*MSP'])
  await page.goBack()
  await expect(page.getByTestId('party-count')).toHaveText('Showing 51–73 of 73 parties')
})

test('on a custom RPC the browser pages the catalog it read itself, with the same URLs', async ({ page, context }) => {
  await seedBulkServices(E2E_CHAIN_URL, BULK)
  // The same chain behind another URL: a network of the visitor's own, which only the browser reads.
  const rpc = await startFaultProxy({ port: E2E_LISTENER_PORT, target: E2E_CHAIN_URL })
  try {
    await browsePagesOnCustomRpc(page, context, rpc.url)
  } finally {
    await rpc.stop()
  }
})

async function browsePagesOnCustomRpc(page: Page, context: BrowserContext, rpcUrl: string) {
  const custom = { id: 'custom', rpcUrl, chainId: '31337', registry: LOCAL_REGISTRY, permissions: LOCAL_PERMISSIONS }
  await context.addCookies([{ name: 'ocn-network', value: encodeURIComponent(JSON.stringify(custom)), url: E2E_APP_URL }])

  await page.goto('/services?page=3')
  await expect(page.getByTestId('network-badge')).toContainText('Custom network')
  const count = page.getByTestId('result-count')
  await expect(count).toHaveText('Showing 49–65 of 65 services')
  await expect(page.getByTestId('service-card')).toHaveCount(17)

  await page.getByRole('checkbox', { name: 'CDRs' }).check()
  await expect(page).toHaveURL(/\/services\?module=cdrs$/)
  await expect(count).toHaveText(/^Showing 1–24 of \d+ matching services \(65 in all\)$/)
  await page.getByRole('navigation', { name: 'Catalog pages' }).getByRole('link', { name: 'Next' }).click()
  await expect(page).toHaveURL(/\/services\?module=cdrs&page=2$/)
  await expect(count).toHaveText(/^Showing 25–\d+ of \d+ matching services \(65 in all\)$/)

  await page.goBack()
  await expect(count).toHaveText(/^Showing 1–24 of \d+ matching services/)
  await page.goBack()
  await expect(page.getByRole('checkbox', { name: 'CDRs' })).not.toBeChecked()
  await expect(count).toHaveText('Showing 49–65 of 65 services')
}
