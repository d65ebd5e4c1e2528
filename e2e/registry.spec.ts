import { expect, test } from './support/fixtures'

test('the registry lists every live party and both nodes, filterable by role and country', async ({ page }) => {
  await page.goto('/registry')
  await expect(page.getByTestId('party-count')).toHaveText('13 parties')
  await expect(page.getByTestId('node-list').getByRole('listitem')).toHaveCount(2)
  await expect(page.getByTestId('node-list').getByText('http://localhost:8080', { exact: true })).toBeVisible()

  await page.getByLabel('Role').selectOption({ label: 'e-Mobility service provider' })
  await expect(page.getByTestId('party-rows').getByRole('link', { name: /\*/ })).toHaveText(['DE*MSP', 'FR*MSP'])
  await page.getByLabel('Country').selectOption('FR')
  await expect(page.getByTestId('party-rows').getByRole('row')).toHaveCount(1)
  await expect(page).toHaveURL(/role=EMSP&country=FR/)

  await page.goto('/registry?q=cp')
  await expect(page.getByTestId('party-rows').getByRole('link', { name: /\*/ })).toHaveText(['CH*CPA', 'CH*CPB', 'DE*CPO', 'NL*CPX'])
})

test('a party page by credentials shows its listing and the services it agreed to', async ({ page }) => {
  await page.goto('/parties/DE-MSP')
  await expect(page.getByTestId('party-title')).toHaveText('DE*MSP')
  await expect(page.getByTestId('party-roles')).toHaveText('e-Mobility service provider')
  await expect(page.getByTestId('party-node')).toHaveText('http://localhost:8080')
  await expect(page.getByTestId('party-agreements').getByRole('link')).toHaveText([
    'Roaming Billing & Invoicing',
    'Location Data Enrichment',
    'Tariff Transparency Monitor',
  ])
})

test('a provider page shows its service, and a withdrawn agreement is shown as such', async ({ page }) => {
  await page.goto('/parties/CH*CPA')
  await expect(page.getByTestId('party-title')).toHaveText('CH*CPA')
  await expect(page.getByTestId('party-agreements').getByText('service withdrawn', { exact: true })).toBeVisible()

  await page.goto('/parties/de-bil')
  await expect(page.getByTestId('service-card').getByTestId('service-name')).toHaveText('Roaming Billing & Invoicing')
})

test('unknown credentials give a 404 page', async ({ page }) => {
  expect((await page.goto('/parties/XX-NOP'))?.status()).toBe(404)
  await expect(page.getByRole('heading', { name: 'No listed party here' })).toBeVisible()
})
