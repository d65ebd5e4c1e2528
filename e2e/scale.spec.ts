import { seedBulkServices } from '../lib/devnet/bulk'
import { E2E_CHAIN_URL } from './support/chain'
import { expect, test } from './support/fixtures'

/**
 * The catalog at 10,000 services. Seeding them is most of this test's time (about 3 minutes on a busy 2-core
 * machine), so it is done once, in this one test; the fixtures revert the chain afterwards like any other test's.
 */
const BULK = 10_000

test('at 10,000 services the catalog page stays small, counts everything and searches every page', async ({ page, request }) => {
  test.setTimeout(10 * 60_000)
  const providers = await seedBulkServices(E2E_CHAIN_URL, BULK)

  const response = await request.get('/services', { timeout: 120_000 })
  expect(response.status()).toBe(200)
  const html = await response.text()
  // 27.8 MB and 10,000 cards before paging.
  expect(html.length).toBeLessThan(300_000)
  expect(html.match(/data-testid="service-card"/g)).toHaveLength(24)

  await page.goto('/services', { timeout: 120_000 })
  await expect(page.getByTestId('result-count')).toHaveText('Showing 1–24 of 10,005 services', { timeout: 60_000 })
  await expect(page.getByTestId('service-card')).toHaveCount(24)
  await expect(page.getByRole('navigation', { name: 'Catalog pages' }).getByRole('link', { name: 'Page 417' })).toBeVisible()

  // The last service seeded, wherever it sorts: search goes through the whole catalog on the server.
  const last = providers[BULK - 1]
  await page.getByLabel('Search').fill(last)
  await expect(page.getByTestId('service-card')).toHaveAttribute('data-provider', last, { timeout: 60_000 })
  await expect(page.getByTestId('result-count')).toHaveText('1 of 10,005 services')

  const registry = await (await request.get('/registry', { timeout: 120_000 })).text()
  expect(registry.length).toBeLessThan(300_000)
})
