import { LOCAL_PERMISSIONS, LOCAL_REGISTRY } from '../lib/chain/networks'
import { expect, test } from './support/fixtures'

test('a dead RPC shows an error state with retry, and the switcher still brings the network back', async ({ page }) => {
  await page.goto('/services')
  await page.getByRole('button', { name: /Change network/ }).click()
  const dialog = page.getByRole('dialog', { name: 'Choose a network' })
  await dialog.getByLabel(/Custom RPC/).check()
  await dialog.getByLabel('RPC URL').fill('http://127.0.0.1:9')
  await dialog.getByRole('button', { name: 'Use this network' }).click()
  // Typed values survive a validation error.
  await expect(dialog.getByRole('alert')).toContainText('A custom network needs')
  await dialog.getByLabel('Chain id').fill('31337')
  await dialog.getByLabel('Registry address').fill(LOCAL_REGISTRY)
  await dialog.getByLabel('Permissions address').fill(LOCAL_PERMISSIONS)
  await expect(dialog.getByLabel('RPC URL')).toHaveValue('http://127.0.0.1:9')
  await dialog.getByRole('button', { name: 'Use this network' }).click()

  await expect(page.getByTestId('read-error')).toContainText('did not answer')
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible()
  await expect(page.getByTestId('network-badge')).toContainText('Custom network')
  await expect(page.getByTestId('network-badge')).toHaveAttribute('data-network-kind', 'testnet')

  await page.getByRole('button', { name: /Change network/ }).click()
  await dialog.getByLabel(/Local OCN network/).check()
  await dialog.getByRole('button', { name: 'Use this network' }).click()
  await expect(page.getByTestId('service-card')).toHaveCount(5)
  await expect(page.getByTestId('network-badge')).toHaveAttribute('data-network-kind', 'local')
})
