import type { Page } from '@playwright/test'
import { encodeFunctionData, type Hex, stringToHex } from 'viem'
import { LOCAL_PERMISSIONS, LOCAL_REGISTRY } from '../lib/chain/networks'
import { anvilAddress } from '../lib/devnet/accounts'
import { permissionsAbi, registryAbi } from '../lib/ocn/abi'
import { E2E_APP_URL, rpc } from './support/chain'
import { AgreementsPage, AgreeReview, ServicePage } from './support/agreement-pages'
import { expect, test } from './support/fixtures'
import { IdentityPage } from './support/identity-page'
import { installTestWallet } from './support/test-wallet'
import { pendingWrites, TxProgress } from './support/tx-progress'
import { connectWallet, hasAgreement, sentTransactions, switchAccount } from './support/wallet'

const DE_MSP = anvilAddress(7)
const CH_CPA = anvilAddress(3)
const FRESH = anvilAddress(19)
const OTHER = anvilAddress(18)
const NODE_8080 = anvilAddress(1)
const SMART_CHARGING = anvilAddress(12)

/**
 * Another party's transaction that overtakes the user's one in the next block (automine off): it pays a
 * priority fee far above what a wallet offers, and anvil orders a block by fee.
 */
async function overtake(from: string, to: string, data: Hex): Promise<void> {
  await rpc('eth_sendTransaction', [{ from, to, data, maxPriorityFeePerGas: '0x174876e800', maxFeePerGas: '0x2e90edd000', gas: '0x7a120' }])
}


/** Uncaught errors in the page, and any text that looks like a stack trace: a user must see neither. */
function watchForCrashes(page: Page) {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  return async () => {
    expect(errors).toEqual([])
    await expect(page.locator('body')).not.toContainText(/Application error|Unhandled Runtime Error|\n\s+at \S+ \(|TypeError|undefined is not/)
  }
}

test('a transaction that reverts after signing is reported as reverted, and leaves the pending store', async ({ page }) => {
  const noCrash = watchForCrashes(page)
  const review = await (await new ServicePage(page).goto(SMART_CHARGING)).openReview()
  await rpc('evm_setAutomine', [false])
  try {
    await review.confirm()
    await review.tx.expectStatus('pending')
    expect(await pendingWrites(page)).toHaveLength(1)
    // Meanwhile, in the same block and ahead of it, the provider withdraws its service.
    await overtake(SMART_CHARGING, LOCAL_PERMISSIONS, encodeFunctionData({ abi: permissionsAbi, functionName: 'deleteService' }))
    await rpc('evm_mine')
  } finally {
    await rpc('evm_setAutomine', [true])
  }
  await review.tx.expectError({
    status: 'reverted',
    message: ['The transaction was mined but reverted: nothing changed on chain except the network fee.', 'The provider has withdrawn this service'],
    reason: 'Provider has no registered Service.',
  })
  await expect(review.tx.error()).not.toContainText('may still be mined')
  expect(await pendingWrites(page)).toEqual([])
  expect(await hasAgreement(DE_MSP, SMART_CHARGING)).toBe(false)

  await page.reload()
  await expect(new TxProgress(page.locator('body')).status()).toHaveCount(0)
  await noCrash()
})

test.describe('as a fresh account listing its party', () => {
  test.use({ walletAccount: 19 })

  test('a listing reverted after signing keeps everything typed, across a reload', async ({ page }) => {
    const noCrash = watchForCrashes(page)
    const identity = await new IdentityPage(page).goto()
    const partyStep = identity.party
    await partyStep.fill({ countryCode: 'NL', partyId: 'N19', roles: ['e-Mobility service provider (EMSP)'], node: 'http://localhost:8080' })
    await rpc('evm_setAutomine', [false])
    try {
      await partyStep.list()
      await partyStep.tx.expectStatus('pending')
      // Another address takes the same credentials, in the same block and ahead of this one.
      const setParty = encodeFunctionData({
        abi: registryAbi,
        functionName: 'setParty',
        args: [stringToHex('NL', { size: 2 }), stringToHex('N19', { size: 3 }), [0], NODE_8080],
      })
      await overtake(OTHER, LOCAL_REGISTRY, setParty)
      await rpc('evm_mine')
    } finally {
      await rpc('evm_setAutomine', [true])
    }
    await partyStep.tx.expectError({
      status: 'reverted',
      message: ['The transaction was mined but reverted', 'These OCPI credentials are already listed by another address.'],
    })
    await expect(partyStep.countryCode).toHaveValue('NL')
    await expect(partyStep.partyId).toHaveValue('N19')
    expect(await pendingWrites(page)).toEqual([])

    await page.reload()
    const reloaded = identity.party
    await expect(reloaded.countryCode).toHaveValue('NL')
    await expect(reloaded.partyId).toHaveValue('N19')
    await expect(reloaded.role('e-Mobility service provider (EMSP)')).toBeChecked()
    await expect(reloaded.fieldErrors).toContainText('NL*N19 is already listed by another address')
    await noCrash()
  })
})

test('switching account while reviewing starts the review over for the new account, which alone signs', async ({ page }) => {
  const noCrash = watchForCrashes(page)
  const review = await (await new ServicePage(page).goto(SMART_CHARGING)).openReview()
  await expect(review.summary).toContainText('DE*MSP agrees to Grid-Aware Smart Charging')
  await expect(review.dialog.getByTestId('review-account-switched')).toHaveCount(0)

  await switchAccount(page, CH_CPA)
  await expect(page.getByTestId('account-identity')).toHaveText('CH*CPA · CPO')
  await expect(review.dialog.getByTestId('review-account-switched')).toContainText('this review is now for CH*CPA')
  await expect(review.summary).toContainText('CH*CPA agrees to Grid-Aware Smart Charging')
  await expect(review.dialog).not.toContainText('DE*MSP agrees')
  expect(await sentTransactions(page)).toHaveLength(0)

  await review.confirmAndWait()
  expect(await hasAgreement(CH_CPA, SMART_CHARGING)).toBe(true)
  expect(await hasAgreement(DE_MSP, SMART_CHARGING)).toBe(false)
  expect(await sentTransactions(page)).toHaveLength(1)
  await noCrash()
})

test('switching to an account without an OCN identity closes the review, and nothing is signed', async ({ page }) => {
  const noCrash = watchForCrashes(page)
  const service = await new ServicePage(page).goto(SMART_CHARGING)
  const review = await service.openReview()

  await switchAccount(page, FRESH)
  await expect(review.dialog).toHaveCount(0)
  await expect(service.agreeStatus).toHaveAttribute('data-reason', 'no-party')
  // Back to the party: the review does not reopen by itself.
  await switchAccount(page, DE_MSP)
  await expect(page.getByTestId('account-identity')).toHaveText('DE*MSP · EMSP')
  await expect(service.agreeButton).toBeVisible()
  await expect(review.dialog).toHaveCount(0)
  expect(await sentTransactions(page)).toHaveLength(0)
  expect(await hasAgreement(DE_MSP, SMART_CHARGING)).toBe(false)
  await noCrash()
})

test('switching account with a revoke dialog open closes it: agreements chosen with one account are not revoked with another', async ({ page }) => {
  const agreements = await new AgreementsPage(page).goto()
  const revoke = await agreements.openRevoke(agreements.items.first())
  await switchAccount(page, CH_CPA)
  await expect(revoke.dialog).toHaveCount(0)
  await expect(agreements.names).toHaveText(['Roaming Billing & Invoicing'])
  expect(await sentTransactions(page)).toHaveLength(0)
})

test.describe('two tabs racing for the same agreement', () => {
  async function openReviewInTwoTabs(page: Page) {
    await page.goto(`/services/${SMART_CHARGING}`)
    await connectWallet(page)
    const second = await page.context().newPage()
    await second.addInitScript(installTestWallet, { account: DE_MSP, chainId: 31337 })
    await second.goto(`/services/${SMART_CHARGING}`)
    // Same browser, same wallet grant and cookie: the second tab is connected without asking.
    await expect(second.getByTestId('account-identity')).toHaveText('DE*MSP · EMSP')
    const tabs = [page, second]
    const reviews: AgreeReview[] = []
    for (const tab of tabs) reviews.push(await new ServicePage(tab).openReview())
    return tabs.map((tab, i) => ({ tab, review: reviews[i], noCrash: watchForCrashes(tab) }))
  }

  test('the slower tab is told the agreement is already made, before its wallet opens', async ({ page }) => {
    const [first, second] = await openReviewInTwoTabs(page)
    await first.review.confirmAndWait()

    await second.review.confirm()
    await second.review.tx.expectError({ status: 'failed', message: 'Your party has already agreed to this service.' })
    expect(await sentTransactions(second.tab)).toHaveLength(0)
    expect(await sentTransactions(first.tab)).toHaveLength(1)
    expect(await hasAgreement(DE_MSP, SMART_CHARGING)).toBe(true)
    await first.noCrash()
    await second.noCrash()
  })

  test('when both tabs signed before either was mined, one confirms and the other is told it reverted', async ({ page }) => {
    const [first, second] = await openReviewInTwoTabs(page)
    await rpc('evm_setAutomine', [false])
    try {
      await first.review.confirm()
      await first.review.tx.expectStatus('pending')
      await second.review.confirm()
      await second.review.tx.expectStatus('pending')
      await rpc('evm_mine')
    } finally {
      await rpc('evm_setAutomine', [true])
    }
    await first.review.tx.expectStatus('confirmed')
    await second.review.tx.expectError({ status: 'reverted', message: 'mined but reverted', reason: 'Agreement already made between user and provider.' })
    expect(await pendingWrites(page)).toEqual([])
    expect(await hasAgreement(DE_MSP, SMART_CHARGING)).toBe(true)
    await first.noCrash()
    await second.noCrash()
  })
})

test('a malformed wallet cookie leaves every page working, and connecting still works', async ({ page, context }) => {
  // Twelve server renders: three cookies times four pages.
  test.slow()
  const noCrash = watchForCrashes(page)
  const malformed = [
    '{"state":{"connections":5,"chainId":31337,"current":"x"},"version":2}',
    '{"state":{"connections":{"__type":"Map","value":[["x",{"chainId":31337}]]},"chainId":31337,"current":"x"}}',
    '{not json',
  ]
  for (const value of malformed) {
    // As wagmi writes it: the raw JSON, unencoded.
    await context.addCookies([{ name: 'wagmi.store', value, url: E2E_APP_URL }])
    for (const path of ['/', '/services', `/services/${SMART_CHARGING}`, '/identity']) {
      const response = await page.goto(path)
      expect(response?.status(), `${path} with ${value}`).toBe(200)
      await expect(page.getByRole('button', { name: 'Connect wallet' })).toBeVisible()
    }
  }
  await connectWallet(page)
  await expect(page.getByTestId('account-identity')).toHaveText('DE*MSP · EMSP')
  await page.reload()
  await expect(page.getByTestId('account-identity')).toHaveText('DE*MSP · EMSP')
  await noCrash()
})

test('paths that are not valid percent-encoding answer 404, not 500', async ({ page }) => {
  for (const path of ['/parties/%', '/services/%', '/parties/%E0%A4%A']) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(404)
    await expect(page.locator('body')).not.toContainText('Internal Server Error')
  }
})

test('a wallet on another chain agrees after the switch the write asks for, without the review starting over', async ({ page }) => {
  const service = await new ServicePage(page).goto(SMART_CHARGING, { connect: false })
  await page.evaluate(() => localStorage.setItem('test-wallet:chain', '1'))
  await page.reload()
  await connectWallet(page)
  const review = await service.openReview()
  await review.confirmAndWait()
  await expect(review.dialog.getByTestId('review-account-switched')).toHaveCount(0)
  expect(await page.evaluate(() => localStorage.getItem('test-wallet:chain'))).toBe('31337')
  expect(await hasAgreement(DE_MSP, SMART_CHARGING)).toBe(true)
})
