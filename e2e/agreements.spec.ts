import { readFileSync } from 'node:fs'
import { encodeFunctionData } from 'viem'
import { LOCAL_PERMISSIONS } from '../lib/chain/networks'
import { anvilAddress } from '../lib/devnet/accounts'
import { permissionsAbi } from '../lib/ocn/abi'
import { AgreementsPage, ServicePage } from './support/agreement-pages'
import { rpc, sendAs } from './support/chain'
import { expect, test } from './support/fixtures'
import { containing, TxProgress } from './support/tx-progress'
import { connectWallet, hasAgreement, rejectNext, sentTransactions } from './support/wallet'

const DE_MSP = anvilAddress(7)
const SMART_CHARGING = anvilAddress(12)
const PAYMENT = anvilAddress(10)
const BILLING = anvilAddress(9)
const LOCATIONS = anvilAddress(11)
const TARIFFS = anvilAddress(13)
const DE_CPO = anvilAddress(5)

test('a party agrees to a service, sees it in My agreements and on the service page, then revokes it', async ({ page }) => {
  const service = await new ServicePage(page).goto(SMART_CHARGING)
  await expect(page.getByTestId('account-identity')).toHaveText('DE*MSP · EMSP')

  const review = await service.openReview()
  await expect(review.summary).toHaveText('DE*MSP agrees to Grid-Aware Smart Charging by GB*SCS.')
  await expect(review.permissions).toHaveCount(4)
  await expect(review.dialog.getByText(containing('the provider can change its permissions later without asking you again'))).toBeVisible()
  // The seeded smart charging manifest no longer matches its committed hash: a warning, and no terms to confirm.
  await expect(review.dialog.getByTestId('review-manifest')).toHaveAttribute('data-state', 'changed')
  await expect(review.dialog.getByTestId('review-manifest-changed')).toContainText('not what the provider committed')
  await expect(review.termsConfirmation).toHaveCount(0)
  await review.confirmAndWait()
  await review.close()

  await expect(service.agreeStatus).toHaveAttribute('data-reason', 'agreed')
  await expect(page.getByTestId('agreeing-parties').getByRole('link')).toContainText(['DE*MSP'])
  expect(await hasAgreement(DE_MSP, SMART_CHARGING)).toBe(true)

  await page.getByRole('link', { name: 'See or revoke your agreements' }).click()
  const agreements = new AgreementsPage(page)
  const item = agreements.item(SMART_CHARGING)
  await expect(item.getByTestId('agreement-name')).toHaveText('Grid-Aware Smart Charging')
  const revoke = await agreements.openRevoke(item)
  await expect(revoke.warning.getByText(containing('keep forwarding copies to a service until its provider deletes the service'))).toBeVisible()
  await revoke.confirmAndWait()
  await revoke.close()
  await expect(item).toHaveCount(0)
  await expect(agreements.items).toHaveCount(3)
  expect(await hasAgreement(DE_MSP, SMART_CHARGING)).toBe(false)
})

test('FORWARD_ALL asks for an explicit confirmation before signing, beside the terms of the unverified manifest', async ({ page }) => {
  const review = await (await new ServicePage(page).goto(PAYMENT)).openReview()
  await expect(review.confirmButton).toBeDisabled()
  await review.forwardAllConfirmation(/every OCPI request my party sends, in every module, to sender and receiver interfaces alike/).check()
  // Smart Payment's manifest is unverified but states terms: those need their own confirmation.
  await expect(review.dialog.getByTestId('review-manifest')).toHaveAttribute('data-state', 'unverified')
  await expect(review.confirmButton).toBeDisabled()
  await review.termsConfirmation.check()
  await expect(review.confirmButton).toBeEnabled()
})

test('a rejected signature resets the button quietly, and a second try works', async ({ page }) => {
  const review = await (await new ServicePage(page).goto(SMART_CHARGING)).openReview()
  await rejectNext(page)
  await review.confirm()
  await expect(review.confirmButton).toBeEnabled()
  await review.tx.expectQuiet()
  expect(await hasAgreement(DE_MSP, SMART_CHARGING)).toBe(false)

  await review.confirmAndWait()
  expect(await hasAgreement(DE_MSP, SMART_CHARGING)).toBe(true)
})

test('a race with the provider withdrawing its service is explained before the wallet opens', async ({ page }) => {
  const review = await (await new ServicePage(page).goto(SMART_CHARGING)).openReview()
  await sendAs(SMART_CHARGING, LOCAL_PERMISSIONS, encodeFunctionData({ abi: permissionsAbi, functionName: 'deleteService' }))

  await review.confirm()
  await review.tx.expectError({
    message: 'The provider has withdrawn this service, so it cannot be agreed to or revoked right now.',
    reason: 'Provider has no registered Service.',
  })
  expect(await sentTransactions(page)).toHaveLength(0)
  expect(await hasAgreement(DE_MSP, SMART_CHARGING)).toBe(false)
})

test('a pending agreement survives a reload and still resolves', async ({ page }) => {
  const service = await new ServicePage(page).goto(SMART_CHARGING)
  await rpc('evm_setAutomine', [false])
  try {
    const review = await service.openReview()
    await review.confirm()
    await review.tx.expectStatus('pending')

    await page.reload()
    await new TxProgress(page.locator('body')).expectStatus('pending')
    await rpc('evm_mine')
    await expect(service.agreeStatus).toHaveAttribute('data-reason', 'agreed')
    expect(await hasAgreement(DE_MSP, SMART_CHARGING)).toBe(true)
  } finally {
    await rpc('evm_setAutomine', [true])
  }
})

test('revoking several agreements runs them one after another, each with its progress', async ({ page }) => {
  const agreements = await new AgreementsPage(page).goto()
  await expect(agreements.items).toHaveCount(3)
  const revoke = await agreements.openBatchRevoke(['Location Data Enrichment', 'Tariff Transparency Monitor'])
  await revoke.confirm()
  await expect(revoke.tx.status()).toHaveCount(2)
  await revoke.item(0).expectStatus('confirmed')
  await revoke.item(1).expectStatus('confirmed')
  await revoke.close()
  await expect(agreements.names).toHaveText(['Roaming Billing & Invoicing'])
  expect(await hasAgreement(DE_MSP, LOCATIONS)).toBe(false)
  expect(await hasAgreement(DE_MSP, TARIFFS)).toBe(false)
  expect(await hasAgreement(DE_MSP, BILLING)).toBe(true)
  expect(await sentTransactions(page)).toHaveLength(2)
})

test.describe('as DE*CPO, who has not agreed to the billing service', () => {
  test.use({ walletAccount: 5 })

  test("a manifest with terms links them and asks the party to confirm it read them; the review records it", async ({ page }) => {
    const { termsUrl } = JSON.parse(readFileSync('public/demo/manifests/billing.json', 'utf8')) as { termsUrl: string }
    const service = await new ServicePage(page).goto(BILLING)
    await expect(page.getByTestId('account-identity')).toHaveText('DE*CPO · CPO')
    await expect(page.getByTestId('service-manifest')).toHaveAttribute('data-state', 'verified')

    const review = await service.openReview()
    await expect(review.dialog.getByTestId('review-manifest')).toHaveAttribute('data-state', 'verified')
    await expect(review.termsLink).toHaveAttribute('href', termsUrl)
    await expect(review.termsLink).toHaveAttribute('target', '_blank')
    await expect(review.confirmButton).toBeDisabled()
    await expect(review.dialog.getByTestId('review-changes')).not.toContainText('terms')

    await review.termsConfirmation.check()
    await expect(review.confirmButton).toBeEnabled()
    await expect(review.dialog.getByTestId('review-changes').getByRole('listitem')).toHaveText([
      'DE*CPO agrees with DE*BIL on chain (createAgreement).',
      `You confirmed reading the provider's terms at ${termsUrl}.`,
    ])
    await review.termsConfirmation.uncheck()
    await expect(review.confirmButton).toBeDisabled()
    expect(await hasAgreement(DE_CPO, BILLING)).toBe(false)

    await review.termsConfirmation.check()
    await review.confirmAndWait()
    expect(await hasAgreement(DE_CPO, BILLING)).toBe(true)
  })
})

test.describe('as an account with no OCN identity', () => {
  test.use({ walletAccount: 19 })

  test('the agree button explains the OCN identity prerequisite', async ({ page }) => {
    const service = await new ServicePage(page).goto(BILLING)
    await expect(page.getByTestId('account-identity')).toHaveText('no OCN identity')
    await expect(service.agreeStatus).toHaveAttribute('data-reason', 'no-party')
    await expect(page.getByRole('link', { name: 'Create your OCN identity' })).toHaveAttribute('href', '/identity')
    await expect(service.agreeButton).toHaveCount(0)
  })
})

test.describe('as CH*CPA, whose CO2 service provider withdrew', () => {
  test.use({ walletAccount: 3 })

  test('My agreements shows the withdrawn agreement as such, without a revoke action', async ({ page }) => {
    const agreements = await new AgreementsPage(page).goto()
    await expect(agreements.names).toHaveText(['Roaming Billing & Invoicing'])
    const withdrawn = page.getByTestId('withdrawn-agreement')
    await expect(withdrawn.getByText(containing('service withdrawn'))).toBeVisible()
    await expect(withdrawn.getByText(containing('active again at once'))).toBeVisible()
    await expect(agreements.items.filter({ has: withdrawn }).getByRole('button', { name: 'Revoke' })).toHaveCount(0)
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
