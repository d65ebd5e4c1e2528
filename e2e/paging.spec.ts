import type { BrowserContext, Page } from '@playwright/test'
import { LOCAL_PERMISSIONS, LOCAL_REGISTRY } from '../lib/chain/networks'
import { seedBulkServices } from '../lib/devnet/bulk'
import { E2E_APP_URL, E2E_CHAIN_URL, E2E_LISTENER_PORT } from './support/chain'
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
