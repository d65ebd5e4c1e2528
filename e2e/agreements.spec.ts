import { encodeFunctionData } from 'viem'
import { LOCAL_PERMISSIONS } from '../lib/chain/networks'
import { anvilAddress } from '../lib/devnet/accounts'
import { permissionsAbi } from '../lib/ocn/abi'
import { rpc, sendAs } from './support/chain'
import { expect, test } from './support/fixtures'
import { connectWallet, hasAgreement } from './support/wallet'

const DE_MSP = anvilAddress(7)
const SMART_CHARGING = anvilAddress(12)
const PAYMENT = anvilAddress(10)
const BILLING = anvilAddress(9)
const LOCATIONS = anvilAddress(11)
const TARIFFS = anvilAddress(13)

test('a party agrees to a service, sees it in My agreements and on the service page, then revokes it', async ({ page }) => {
  await page.goto(`/services/${SMART_CHARGING}`)
  await connectWallet(page)
  await expect(page.getByTestId('account-identity')).toHaveText('DE*MSP · EMSP')

  await page.getByRole('button', { name: 'Review and agree' }).click()
  const review = page.getByRole('dialog', { name: 'Review the agreement' })
  await expect(review).toContainText('DE*MSP agrees to Grid-Aware Smart Charging by GB*SCS')
  await expect(review.getByTestId('review-permissions').getByRole('listitem')).toHaveCount(4)
  await expect(review).toContainText('the provider can change its permissions later without asking you again')
  await review.getByRole('button', { name: 'Agree on chain' }).click()
  await expect(review.getByTestId('tx-status')).toHaveAttribute('data-status', 'confirmed')
  await review.getByRole('button', { name: 'Close' }).click()

  await expect(page.getByTestId('agree-status')).toHaveAttribute('data-reason', 'agreed')
  await expect(page.getByTestId('agreeing-parties').getByRole('link')).toContainText(['DE*MSP'])
  expect(await hasAgreement(DE_MSP, SMART_CHARGING)).toBe(true)

  await page.getByRole('link', { name: 'See or revoke your agreements' }).click()
  const item = page.locator(`[data-testid="agreement"][data-provider="${SMART_CHARGING}"]`)
  await expect(item).toContainText('Grid-Aware Smart Charging')
  await item.getByRole('button', { name: 'Revoke' }).click()
  const revoke = page.getByRole('dialog', { name: 'Revoke this agreement' })
  await expect(revoke.getByTestId('revoke-warning')).toContainText('keep forwarding copies to a service until its provider deletes the service')
  await revoke.getByRole('button', { name: 'Revoke agreement' }).click()
  await expect(revoke.getByTestId('tx-status')).toHaveAttribute('data-status', 'confirmed')
  await revoke.getByRole('button', { name: 'Close' }).click()
  await expect(item).toHaveCount(0)
  await expect(page.getByTestId('agreement')).toHaveCount(3)
  expect(await hasAgreement(DE_MSP, SMART_CHARGING)).toBe(false)
})

test('FORWARD_ALL asks for an explicit confirmation before signing', async ({ page }) => {
  await page.goto(`/services/${PAYMENT}`)
  await connectWallet(page)
  await page.getByRole('button', { name: 'Review and agree' }).click()
  const review = page.getByRole('dialog', { name: 'Review the agreement' })
  await expect(review.getByRole('button', { name: 'Agree on chain' })).toBeDisabled()
  await review.getByRole('checkbox', { name: /every OCPI request my party sends, in every module, to sender and receiver interfaces alike/ }).check()
  await expect(review.getByRole('button', { name: 'Agree on chain' })).toBeEnabled()
})

test('a rejected signature resets the button quietly, and a second try works', async ({ page }) => {
  await page.goto(`/services/${SMART_CHARGING}`)
  await connectWallet(page)
  await page.getByRole('button', { name: 'Review and agree' }).click()
  const review = page.getByRole('dialog', { name: 'Review the agreement' })
  await page.evaluate(() => window.testWallet.rejectNext('eth_sendTransaction'))
  await review.getByRole('button', { name: 'Agree on chain' }).click()
  await expect(review.getByRole('button', { name: 'Agree on chain' })).toBeEnabled()
  await expect(review.getByTestId('tx-error')).toHaveCount(0)
  await expect(review.getByTestId('tx-status')).toHaveCount(0)
  expect(await hasAgreement(DE_MSP, SMART_CHARGING)).toBe(false)

  await review.getByRole('button', { name: 'Agree on chain' }).click()
  await expect(review.getByTestId('tx-status')).toHaveAttribute('data-status', 'confirmed')
  expect(await hasAgreement(DE_MSP, SMART_CHARGING)).toBe(true)
})

test('a race with the provider withdrawing its service is explained before the wallet opens', async ({ page }) => {
  await page.goto(`/services/${SMART_CHARGING}`)
  await connectWallet(page)
  await page.getByRole('button', { name: 'Review and agree' }).click()
  const review = page.getByRole('dialog', { name: 'Review the agreement' })
  await sendAs(SMART_CHARGING, LOCAL_PERMISSIONS, encodeFunctionData({ abi: permissionsAbi, functionName: 'deleteService' }))

  await review.getByRole('button', { name: 'Agree on chain' }).click()
  await expect(review.getByTestId('tx-error')).toContainText('The provider has withdrawn this service, so it cannot be agreed to or revoked right now.')
  await expect(review.getByTestId('tx-error')).toContainText('Contract message: “Provider has no registered Service.”')
  expect(await page.evaluate(() => window.testWallet.requests())).not.toContain('eth_sendTransaction')
  expect(await hasAgreement(DE_MSP, SMART_CHARGING)).toBe(false)
})

test('a pending agreement survives a reload and still resolves', async ({ page }) => {
  await page.goto(`/services/${SMART_CHARGING}`)
  await connectWallet(page)
  await rpc('evm_setAutomine', [false])
  try {
    await page.getByRole('button', { name: 'Review and agree' }).click()
    const review = page.getByRole('dialog', { name: 'Review the agreement' })
    await review.getByRole('button', { name: 'Agree on chain' }).click()
    await expect(review.getByTestId('tx-status')).toHaveAttribute('data-status', 'pending')

    await page.reload()
    await expect(page.getByTestId('tx-status')).toHaveAttribute('data-status', 'pending')
    await rpc('evm_mine')
    await expect(page.getByTestId('agree-status')).toHaveAttribute('data-reason', 'agreed')
    expect(await hasAgreement(DE_MSP, SMART_CHARGING)).toBe(true)
  } finally {
    await rpc('evm_setAutomine', [true])
  }
})

test('revoking several agreements runs them one after another, each with its progress', async ({ page }) => {
  await page.goto('/agreements')
  await connectWallet(page)
  await expect(page.getByTestId('agreement')).toHaveCount(3)
  await page.getByRole('checkbox', { name: 'Select Location Data Enrichment' }).check()
  await page.getByRole('checkbox', { name: 'Select Tariff Transparency Monitor' }).check()
  await page.getByRole('button', { name: 'Revoke 2 selected' }).click()
  const revoke = page.getByRole('dialog', { name: 'Revoke 2 agreements' })
  await revoke.getByRole('button', { name: 'Revoke 2 agreements' }).click()
  await expect(revoke.getByTestId('tx-status')).toHaveCount(2)
  await expect(revoke.getByTestId('revoke-item').nth(0).getByTestId('tx-status')).toHaveAttribute('data-status', 'confirmed')
  await expect(revoke.getByTestId('revoke-item').nth(1).getByTestId('tx-status')).toHaveAttribute('data-status', 'confirmed')
  await revoke.getByRole('button', { name: 'Close' }).click()
  await expect(page.getByTestId('agreement-name')).toHaveText(['Roaming Billing & Invoicing'])
  expect(await hasAgreement(DE_MSP, LOCATIONS)).toBe(false)
  expect(await hasAgreement(DE_MSP, TARIFFS)).toBe(false)
  expect(await hasAgreement(DE_MSP, BILLING)).toBe(true)
  const sent = (await page.evaluate(() => window.testWallet.requests())).filter((m) => m === 'eth_sendTransaction')
  expect(sent).toHaveLength(2)
})

test.describe('as an account with no OCN identity', () => {
  test.use({ walletAccount: 19 })

  test('the agree button explains the OCN identity prerequisite', async ({ page }) => {
    await page.goto(`/services/${BILLING}`)
    await connectWallet(page)
    await expect(page.getByTestId('account-identity')).toHaveText('no OCN identity')
    await expect(page.getByTestId('agree-status')).toHaveAttribute('data-reason', 'no-party')
    await expect(page.getByRole('link', { name: 'Create your OCN identity' })).toHaveAttribute('href', '/identity')
    await expect(page.getByRole('button', { name: 'Review and agree' })).toHaveCount(0)
  })
})

test.describe('as CH*CPA, whose CO2 service provider withdrew', () => {
  test.use({ walletAccount: 3 })

  test('My agreements shows the withdrawn agreement as such, without a revoke action', async ({ page }) => {
    await page.goto('/agreements')
    await connectWallet(page)
    await expect(page.getByTestId('agreement-name')).toHaveText(['Roaming Billing & Invoicing'])
    const withdrawn = page.getByTestId('withdrawn-agreement')
    await expect(withdrawn).toContainText('service withdrawn')
    await expect(withdrawn).toContainText('active again at once')
    await expect(page.getByTestId('agreement').filter({ has: withdrawn }).getByRole('button', { name: 'Revoke' })).toHaveCount(0)
  })
})

test('a wallet on another chain is offered a switch', async ({ page }) => {
  await page.goto('/')
  await page.evaluate(() => localStorage.setItem('test-wallet:chain', '1'))
  await page.reload()
  await connectWallet(page)
  await expect(page.getByTestId('wrong-network')).toHaveText('Wallet on chain 1')
  await page.getByRole('button', { name: 'Switch to Local OCN network' }).click()
  await expect(page.getByTestId('wrong-network')).toHaveCount(0)
  expect(await page.evaluate(() => localStorage.getItem('test-wallet:chain'))).toBe('31337')
})

test('a dev account connects without any wallet extension, on the local network only', async ({ page }) => {
  await page.goto('/')
  await connectWallet(page, /^DE\*MSP/)
  await expect(page.getByTestId('account-identity')).toHaveText('DE*MSP · EMSP')
})
