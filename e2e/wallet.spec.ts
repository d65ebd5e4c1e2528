import { anvilAddress } from '../lib/devnet/accounts'
import { shortAddress } from '../lib/format'
import { expect, test } from './support/fixtures'
import { connectWallet } from './support/wallet'

const DE_MSP = anvilAddress(7)

test('connects the injected EIP-6963 wallet and stays connected across a reload', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Connect wallet' }).click()
  const dialog = page.getByRole('dialog', { name: 'Connect a wallet' })
  await dialog.getByRole('button', { name: 'Test Wallet' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByTestId('connected-account')).toHaveText(shortAddress(DE_MSP))

  await page.reload()
  await expect(page.getByTestId('connected-account')).toHaveText(shortAddress(DE_MSP))
  // The cookie state renders the account on the server: no "Connect wallet" flash before hydration.
  const html = await (await page.request.get('/')).text()
  expect(html).toContain(shortAddress(DE_MSP))
})

test('a rejected connection request leaves the dialog usable and nothing connected', async ({ page }) => {
  await page.goto('/')
  await page.evaluate(() => window.testWallet.rejectNext('eth_requestAccounts'))
  await page.getByRole('button', { name: 'Connect wallet' }).click()
  const dialog = page.getByRole('dialog', { name: 'Connect a wallet' })
  await dialog.getByRole('button', { name: 'Test Wallet' }).click()
  await expect(dialog.getByRole('alert')).toHaveCount(0)
  await expect(dialog.getByRole('button', { name: 'Test Wallet' })).toBeEnabled()
  await expect(page.getByTestId('connected-account')).toHaveCount(0)

  await dialog.getByRole('button', { name: 'Test Wallet' }).click()
  await expect(page.getByTestId('connected-account')).toHaveText(shortAddress(DE_MSP))
})

test('disconnecting returns to the connect button', async ({ page }) => {
  await page.goto('/')
  await connectWallet(page)
  await page.getByTestId('account-button').click()
  await page.getByRole('button', { name: 'Disconnect' }).click()
  await expect(page.getByRole('button', { name: 'Connect wallet' })).toBeVisible()
})
