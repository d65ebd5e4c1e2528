import { encodeFunctionData } from 'viem'
import { LOCAL_PERMISSIONS } from '../lib/chain/networks'
import { anvilAddress } from '../lib/devnet/accounts'
import { demoServices } from '../lib/devnet/demo-manifests'
import { DEMO_ACCOUNT } from '../lib/devnet/demo-network'
import { permissionsAbi } from '../lib/ocn/abi'
import { E2E_CHAIN_URL, E2E_DEMO_ORIGIN, sendAs } from './support/chain'
import { expect, test } from './support/fixtures'
import { textParts } from './support/text-parts'
import { containing } from './support/tx-progress'

const LIVE_SERVICES = [
  'Grid-Aware Smart Charging',
  'Location Data Enrichment',
  'Roaming Billing & Invoicing',
  'Smart Payment',
  'Tariff Transparency Monitor',
]

test('the catalog shows exactly the live services, server-rendered, without the withdrawn one', async ({ page, request }) => {
  const html = await (await request.get('/services')).text()
  for (const name of LIVE_SERVICES) expect(html).toContain(name.replace('&', '&amp;'))
  expect(html).not.toContain('CO2 Reporting')

  await page.goto('/services')
  await expect(page.getByTestId('service-card')).toHaveCount(5)
  await expect(page.getByTestId('service-name')).toHaveText(LIVE_SERVICES)
  await expect(page.getByTestId('result-count')).toHaveText('5 services')

  const billing = page.getByTestId('service-card').filter({ hasText: 'Roaming Billing' })
  await expect(billing.getByTestId('provider-credentials')).toHaveText('DE*BIL')
  await expect.poll(() => textParts(billing.getByTestId('permission-chip'))).toEqual([['CDRs · receiver', 'personal data']])
  // The seed points billing at the manifest this app serves, with its hash (lib/devnet/demo-manifests.ts).
  const billingUrl = (await demoServices(E2E_DEMO_ORIGIN)).find((s) => s.provider === DEMO_ACCOUNT.DE_BIL)!.url
  expect(billingUrl).toMatch(/\/demo\/manifests\/billing\.json#sha256-/)
  // The card shows the URL shortened; the link goes to all of it.
  await expect(billing.getByRole('link', { name: /^http:\/\/localhost:\d+\/demo\/manifests\/billing\.json#sh/ })).toHaveAttribute('href', billingUrl)
})

test('search and each filter narrow the catalog, and the URL keeps the view', async ({ page }) => {
  await page.goto('/services')
  await page.getByLabel('Search').fill('billing')
  await expect(page).toHaveURL(/\?q=billing$/)
  await expect(page.getByTestId('service-name')).toHaveText(['Roaming Billing & Invoicing'])

  await page.getByLabel('Search').fill('de*trf')
  await expect(page.getByTestId('service-card')).toHaveCount(1)
  await expect(page.getByTestId('service-name')).toHaveText(['Tariff Transparency Monitor'])
  await page.getByRole('button', { name: 'Clear filters' }).click()
  await expect(page.getByTestId('service-card')).toHaveCount(5)

  await page.getByRole('checkbox', { name: 'CDRs' }).check()
  // FORWARD_ALL (Smart Payment) covers CDRs too.
  await expect(page.getByTestId('service-name')).toHaveText(['Roaming Billing & Invoicing', 'Smart Payment'])
  await page.getByRole('checkbox', { name: 'CDRs' }).uncheck()

  await page.getByLabel('Personal data').selectOption('no')
  await expect(page.getByTestId('service-name')).toHaveText(['Location Data Enrichment', 'Tariff Transparency Monitor'])
  await page.getByLabel('Personal data').selectOption('')

  await page.getByLabel('Interface').selectOption('receiver')
  await expect(page.getByTestId('service-card')).toHaveCount(5)
  await page.getByLabel('Interface').selectOption('sender')
  await expect(page.getByTestId('service-card')).toHaveCount(4)
  await expect(page.getByTestId('service-name')).not.toContainText(['Roaming Billing & Invoicing'])
  await page.getByLabel('Interface').selectOption('')

  await page.getByRole('checkbox', { name: 'SCSP' }).check()
  await expect(page.getByTestId('service-name')).toHaveText(['Grid-Aware Smart Charging'])
  await page.getByRole('checkbox', { name: 'SCSP' }).uncheck()

  await page.getByRole('checkbox', { name: 'DE', exact: true }).check()
  await expect(page.getByTestId('service-name')).toHaveText(['Roaming Billing & Invoicing', 'Tariff Transparency Monitor'])
  await expect(page).toHaveURL(/country=DE/)

  await page.getByLabel('Sort by').selectOption('permissions')
  await page.getByRole('checkbox', { name: 'DE', exact: true }).uncheck()
  await expect(page.getByTestId('service-name').first()).toHaveText('Grid-Aware Smart Charging')
})

test('the category and pricing filters work from the keyboard and show only services whose manifest says so', async ({ page }) => {
  await page.goto('/services')
  const billing = page.getByTestId('filter-category').getByRole('checkbox', { name: 'Billing' })
  await billing.focus()
  await page.keyboard.press('Space')
  await expect(page).toHaveURL(/\?category=billing$/)
  await expect(billing).toBeChecked()
  await page.getByTestId('filter-pricing').getByRole('checkbox', { name: 'Free' }).check()
  await expect(page).toHaveURL(/\?category=billing&pricing=free$/)
  // Whatever the seed's manifests say: every card shown is a free billing service by its (trusted) manifest.
  await expect(page.getByTestId('result-count')).toBeVisible()
  const cards = page.getByTestId('service-card')
  await expect(cards).toHaveCount(await cards.filter({ has: page.locator('[data-testid="service-category"][data-category="billing"]') }).filter({ has: page.locator('[data-testid="service-pricing"][data-model="free"]') }).count())
  await page.getByRole('button', { name: 'Clear filters' }).click()
  await expect(page.getByTestId('service-name')).toHaveText(LIVE_SERVICES)
})

test('a shared URL restores the filtered view, and an empty result says so', async ({ page }) => {
  await page.goto('/services?module=locations&country=NL')
  await expect(page.getByTestId('service-name')).toHaveText(['Location Data Enrichment'])
  await expect(page.getByRole('checkbox', { name: 'Locations' })).toBeChecked()
  await expect(page.getByRole('checkbox', { name: 'NL' })).toBeChecked()
  await expect(page.getByTestId('result-count')).toHaveText('1 of 5 services')

  await page.goto('/services?q=no-such-service')
  await expect(page.getByTestId('empty-state')).toContainText('Nothing matches your filters')
})

test('the service page explains every permission and lists the parties that agreed', async ({ page }) => {
  await page.goto('/services')
  await page.getByRole('link', { name: 'Roaming Billing & Invoicing' }).click()
  await expect(page.getByTestId('service-title')).toHaveText('Roaming Billing & Invoicing')
  const permission = page.getByTestId('permission-detail')
  await expect(permission).toHaveCount(1)
  await expect(permission.getByText(containing('FORWARD_MODULE_CDRS_RECEIVER'))).toBeVisible()
  await expect(permission.getByText('POST /ocpi/receiver/2.2/cdrs', { exact: true })).toBeVisible()
  await expect(permission.getByText(containing('Personal or billing data'))).toBeVisible()
  await expect(page.getByTestId('forward-all-warning')).toHaveCount(0)
  await expect(page.getByTestId('agreeing-parties').getByRole('link')).toHaveText(['CH*CPA', 'DE*MSP'])
  await expect(page.getByRole('region', { name: 'Use this service' })).toBeVisible()
})

test('FORWARD_ALL gets a clear warning on its service page', async ({ page }) => {
  await page.goto('/services')
  await page.getByRole('link', { name: 'Smart Payment' }).click()
  await expect(page.getByTestId('forward-all-warning').getByText('This service asks for every OCPI request your party sends.', { exact: true })).toBeVisible()
  await expect(page.getByTestId('agreeing-parties').getByRole('link')).toHaveText(['CH*CPB', 'FR*MSP'])
})

test('an address without a live service gets a 404 page, the withdrawn service included', async ({ page }) => {
  const withdrawn = '0xdF3e18d64BC6A983f673Ab319CCaE4f1a57C7097' // anvil #14, CO2 Reporting
  const response = await page.goto(`/services/${withdrawn}`)
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { name: 'No live service at this address' })).toBeVisible()
  expect((await page.goto('/services/not-an-address'))?.status()).toBe(404)
})

test('the browser never reads the chain on the catalog: filters and Refresh are server renders', async ({ page }) => {
  const chainRequests: string[] = []
  page.on('request', (request) => {
    if (request.url().startsWith(E2E_CHAIN_URL)) chainRequests.push(request.postData() ?? '')
  })
  await page.goto('/services')
  await expect(page.getByTestId('service-card')).toHaveCount(5)
  await page.getByRole('checkbox', { name: 'CDRs' }).check()
  await expect(page.getByTestId('service-card')).toHaveCount(2)

  // A party publishes a service meanwhile; Refresh asks the server for the chain as it is now.
  const data = encodeFunctionData({ abi: permissionsAbi, functionName: 'setService', args: ['Fresh CDR Audit', 'https://audit.example', [7n]] })
  await sendAs(anvilAddress(7), LOCAL_PERMISSIONS, data)
  await page.getByRole('button', { name: 'Refresh' }).click()
  await expect(page.getByTestId('service-card')).toHaveCount(3)
  await expect(page.getByTestId('service-name')).toContainText(['Fresh CDR Audit'])
  await expect(page.getByRole('checkbox', { name: 'CDRs' })).toBeChecked()
  expect(chainRequests).toEqual([])
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('the filters fold away under the search box so the results stay in view', async ({ page }) => {
    await page.goto('/services')
    await expect(page.getByRole('checkbox', { name: 'CDRs' })).toBeHidden()
    await expect(page.getByLabel('Search')).toBeVisible()
    await page.getByRole('button', { name: 'Filters and sort' }).click()
    await page.getByRole('checkbox', { name: 'CDRs' }).check()
    await page.getByRole('button', { name: 'Hide filters' }).click()
    await expect(page.getByRole('button', { name: 'Filters (active)' })).toBeVisible()
    await expect(page.getByTestId('service-card')).toHaveCount(2)
  })
})
