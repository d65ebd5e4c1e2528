import type { Page } from '@playwright/test'
import { encodeFunctionData, type Hex, stringToHex } from 'viem'
import { LOCAL_PERMISSIONS, LOCAL_REGISTRY } from '../lib/chain/networks'
import { anvilAddress } from '../lib/devnet/accounts'
import { permissionsAbi, registryAbi } from '../lib/ocn/abi'
import { E2E_APP_URL, rpc } from './support/chain'
import { expect, test } from './support/fixtures'
import { installTestWallet } from './support/test-wallet'
import { connectWallet, hasAgreement } from './support/wallet'

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

const sentTransactions = async (page: Page) => (await page.evaluate(() => window.testWallet.requests())).filter((m) => m === 'eth_sendTransaction')
const pendingStore = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('ocn-marketplace:pending-tx') ?? '[]') as unknown[])

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
  await page.goto(`/services/${SMART_CHARGING}`)
  await connectWallet(page)
  await page.getByRole('button', { name: 'Review and agree' }).click()
  const review = page.getByRole('dialog', { name: 'Review the agreement' })
  await rpc('evm_setAutomine', [false])
  try {
    await review.getByRole('button', { name: 'Agree on chain' }).click()
    await expect(review.getByTestId('tx-status')).toHaveAttribute('data-status', 'pending')
    expect(await pendingStore(page)).toHaveLength(1)
    // Meanwhile, in the same block and ahead of it, the provider withdraws its service.
    await overtake(SMART_CHARGING, LOCAL_PERMISSIONS, encodeFunctionData({ abi: permissionsAbi, functionName: 'deleteService' }))
    await rpc('evm_mine')
  } finally {
    await rpc('evm_setAutomine', [true])
  }
  const error = review.getByTestId('tx-error')
  await expect(error).toHaveAttribute('data-status', 'reverted')
  await expect(error).toContainText('The transaction was mined but reverted: nothing changed on chain except the network fee.')
  await expect(error).toContainText('The provider has withdrawn this service')
  await expect(error).toContainText('Contract message: “Provider has no registered Service.”')
  await expect(error).not.toContainText('may still be mined')
  expect(await pendingStore(page)).toEqual([])
  expect(await hasAgreement(DE_MSP, SMART_CHARGING)).toBe(false)

  await page.reload()
  await expect(page.getByTestId('tx-status')).toHaveCount(0)
  await noCrash()
})

test.describe('as a fresh account listing its party', () => {
  test.use({ walletAccount: 19 })

  test('a listing reverted after signing keeps everything typed, across a reload', async ({ page }) => {
    const noCrash = watchForCrashes(page)
    await page.goto('/identity')
    await connectWallet(page)
    const partyStep = page.getByTestId('party-step')
    await partyStep.getByLabel('Country code').fill('NL')
    await partyStep.getByLabel('Party ID').fill('N19')
    await partyStep.getByLabel('e-Mobility service provider (EMSP)').check()
    await partyStep.getByLabel('OCN node').selectOption({ label: 'http://localhost:8080' })
    await rpc('evm_setAutomine', [false])
    try {
      await partyStep.getByRole('button', { name: 'List my party' }).click()
      await partyStep.getByRole('button', { name: 'Confirm and sign' }).click()
      await expect(partyStep.getByTestId('tx-status')).toHaveAttribute('data-status', 'pending')
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
    const error = partyStep.getByTestId('tx-error')
    await expect(error).toHaveAttribute('data-status', 'reverted')
    await expect(error).toContainText('The transaction was mined but reverted')
    await expect(error).toContainText('These OCPI credentials are already listed by another address.')
    await expect(partyStep.getByLabel('Country code')).toHaveValue('NL')
    await expect(partyStep.getByLabel('Party ID')).toHaveValue('N19')
    expect(await pendingStore(page)).toEqual([])

    await page.reload()
    const reloaded = page.getByTestId('party-step')
    await expect(reloaded.getByLabel('Country code')).toHaveValue('NL')
    await expect(reloaded.getByLabel('Party ID')).toHaveValue('N19')
    await expect(reloaded.getByLabel('e-Mobility service provider (EMSP)')).toBeChecked()
    await expect(reloaded.getByTestId('field-error')).toContainText('NL*N19 is already listed by another address')
    await noCrash()
  })
})

test('switching account while reviewing starts the review over for the new account, which alone signs', async ({ page }) => {
  const noCrash = watchForCrashes(page)
  await page.goto(`/services/${SMART_CHARGING}`)
  await connectWallet(page)
  await page.getByRole('button', { name: 'Review and agree' }).click()
  const review = page.getByRole('dialog', { name: 'Review the agreement' })
  await expect(review).toContainText('DE*MSP agrees to Grid-Aware Smart Charging')
  await expect(review.getByTestId('review-account-switched')).toHaveCount(0)

  await page.evaluate((account) => window.testWallet.setAccount(account), CH_CPA)
  await expect(page.getByTestId('account-identity')).toHaveText('CH*CPA · CPO')
  await expect(review.getByTestId('review-account-switched')).toContainText('this review is now for CH*CPA')
  await expect(review).toContainText('CH*CPA agrees to Grid-Aware Smart Charging')
  await expect(review).not.toContainText('DE*MSP agrees')
  expect(await sentTransactions(page)).toHaveLength(0)

  await review.getByRole('button', { name: 'Agree on chain' }).click()
  await expect(review.getByTestId('tx-status')).toHaveAttribute('data-status', 'confirmed')
  expect(await hasAgreement(CH_CPA, SMART_CHARGING)).toBe(true)
  expect(await hasAgreement(DE_MSP, SMART_CHARGING)).toBe(false)
  expect(await sentTransactions(page)).toHaveLength(1)
  await noCrash()
})

test('switching to an account without an OCN identity closes the review, and nothing is signed', async ({ page }) => {
  const noCrash = watchForCrashes(page)
  await page.goto(`/services/${SMART_CHARGING}`)
  await connectWallet(page)
  await page.getByRole('button', { name: 'Review and agree' }).click()
  await expect(page.getByRole('dialog', { name: 'Review the agreement' })).toBeVisible()

  await page.evaluate((account) => window.testWallet.setAccount(account), FRESH)
  await expect(page.getByRole('dialog', { name: 'Review the agreement' })).toHaveCount(0)
  await expect(page.getByTestId('agree-status')).toHaveAttribute('data-reason', 'no-party')
  // Back to the party: the review does not reopen by itself.
  await page.evaluate((account) => window.testWallet.setAccount(account), DE_MSP)
  await expect(page.getByTestId('account-identity')).toHaveText('DE*MSP · EMSP')
  await expect(page.getByRole('button', { name: 'Review and agree' })).toBeVisible()
  await expect(page.getByRole('dialog', { name: 'Review the agreement' })).toHaveCount(0)
  expect(await sentTransactions(page)).toHaveLength(0)
  expect(await hasAgreement(DE_MSP, SMART_CHARGING)).toBe(false)
  await noCrash()
})

test('switching account with a revoke dialog open closes it: agreements chosen with one account are not revoked with another', async ({ page }) => {
  await page.goto('/agreements')
  await connectWallet(page)
  await page.getByTestId('agreement').first().getByRole('button', { name: 'Revoke' }).click()
  await expect(page.getByRole('dialog', { name: 'Revoke this agreement' })).toBeVisible()
  await page.evaluate((account) => window.testWallet.setAccount(account), CH_CPA)
  await expect(page.getByRole('dialog', { name: 'Revoke this agreement' })).toHaveCount(0)
  await expect(page.getByTestId('agreement-name')).toHaveText(['Roaming Billing & Invoicing'])
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
    for (const tab of tabs) await tab.getByRole('button', { name: 'Review and agree' }).click()
    return tabs.map((tab) => ({ tab, review: tab.getByRole('dialog', { name: 'Review the agreement' }), noCrash: watchForCrashes(tab) }))
  }

  test('the slower tab is told the agreement is already made, before its wallet opens', async ({ page }) => {
    const [first, second] = await openReviewInTwoTabs(page)
    await first.review.getByRole('button', { name: 'Agree on chain' }).click()
    await expect(first.review.getByTestId('tx-status')).toHaveAttribute('data-status', 'confirmed')

    await second.review.getByRole('button', { name: 'Agree on chain' }).click()
    await expect(second.review.getByTestId('tx-error')).toContainText('Your party has already agreed to this service.')
    await expect(second.review.getByTestId('tx-error')).toHaveAttribute('data-status', 'failed')
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
      await first.review.getByRole('button', { name: 'Agree on chain' }).click()
      await expect(first.review.getByTestId('tx-status')).toHaveAttribute('data-status', 'pending')
      await second.review.getByRole('button', { name: 'Agree on chain' }).click()
      await expect(second.review.getByTestId('tx-status')).toHaveAttribute('data-status', 'pending')
      await rpc('evm_mine')
    } finally {
      await rpc('evm_setAutomine', [true])
    }
    await expect(first.review.getByTestId('tx-status')).toHaveAttribute('data-status', 'confirmed')
    const error = second.review.getByTestId('tx-error')
    await expect(error).toHaveAttribute('data-status', 'reverted')
    await expect(error).toContainText('mined but reverted')
    await expect(error).toContainText('Contract message: “Agreement already made between user and provider.”')
    expect(await pendingStore(page)).toEqual([])
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
  await page.goto(`/services/${SMART_CHARGING}`)
  await page.evaluate(() => localStorage.setItem('test-wallet:chain', '1'))
  await page.reload()
  await connectWallet(page)
  await page.getByRole('button', { name: 'Review and agree' }).click()
  const review = page.getByRole('dialog', { name: 'Review the agreement' })
  await review.getByRole('button', { name: 'Agree on chain' }).click()
  await expect(review.getByTestId('tx-status')).toHaveAttribute('data-status', 'confirmed')
  await expect(review.getByTestId('review-account-switched')).toHaveCount(0)
  expect(await page.evaluate(() => localStorage.getItem('test-wallet:chain'))).toBe('31337')
  expect(await hasAgreement(DE_MSP, SMART_CHARGING)).toBe(true)
})
