import type { Page } from '@playwright/test'
import { anvilAddress } from '../lib/devnet/accounts'
import { expect, test } from './support/fixtures'
import { connectWallet, hasAgreement } from './support/wallet'

const DE_HUB = anvilAddress(15)
const DE_MSP = anvilAddress(7)

async function fillService(page: Page, name: string, url: string) {
  await page.getByLabel('Service name').fill(name)
  await page.getByLabel('Service URL').fill(url)
}

test.describe('as DE*HUB, a listed party without a service', () => {
  test.use({ walletAccount: 15 })

  test('publishes a service, gets a subscriber, edits its permissions with a diff, then deletes it', async ({ page }) => {
    await page.goto('/provider')
    await connectWallet(page)

    await page.getByRole('button', { name: 'Publish service' }).click()
    await expect(page.getByText('Choose at least one permission')).toBeVisible()

    await fillService(page, 'Hub CDR Archive', 'https://archive.dehub.example/ocn')
    await page.getByRole('button', { name: 'Preset: Billing', exact: true }).click()
    await expect(page.getByRole('group', { name: 'CDRs' }).getByRole('checkbox', { name: /^Receiver/ })).toBeChecked()
    const preview = page.getByTestId('service-preview')
    await expect(preview.getByTestId('service-name')).toHaveText('Hub CDR Archive')
    await expect(preview.getByTestId('permission-chip')).toHaveText(['CDRs · receiverpersonal data'])
    await expect(preview.getByTestId('provider-credentials')).toHaveText('DE*HUB')

    // Before anything is sent: the review says which data will flow to whom, personal data named.
    await expect(preview.locator('a[href^="/services/"]')).toHaveCount(0)
    await page.getByRole('button', { name: 'Publish service' }).click()
    const review = page.getByTestId('write-review')
    await expect(review.getByRole('heading', { name: 'Review: Publish Hub CDR Archive' })).toBeVisible()
    await expect(review.getByTestId('review-data-flow').getByText(/^CDRs · receiver \(FORWARD_MODULE_CDRS_RECEIVER\).*This is personal data\.$/)).toBeVisible()
    expect(await page.evaluate(() => window.testWallet.requests())).not.toContain('eth_sendTransaction')
    await page.getByRole('button', { name: 'Sign and publish' }).click()
    await expect(page.getByTestId('tx-step').getByTestId('tx-status')).toHaveAttribute('data-status', 'confirmed')
    await expect(page.getByTestId('service-published').getByRole('link', { name: 'See your live listing' })).toHaveAttribute('href', `/services/${DE_HUB}`)
    await page.goto('/services')
    await expect(page.getByTestId('service-name')).toContainText(['Hub CDR Archive'])

    // A second party agrees to it...
    await page.evaluate((msp) => window.testWallet.setAccount(msp), DE_MSP)
    await page.goto(`/services/${DE_HUB}`)
    await expect(page.getByTestId('account-identity')).toHaveText('DE*MSP · EMSP')
    await page.getByRole('button', { name: 'Review and agree' }).click()
    await page.getByRole('dialog', { name: 'Review the agreement' }).getByRole('button', { name: 'Agree on chain' }).click()
    await expect(page.getByTestId('agree-status')).toHaveAttribute('data-reason', 'agreed')

    // ...and the provider sees that subscriber.
    await page.evaluate((hub) => window.testWallet.setAccount(hub), DE_HUB)
    await page.goto('/provider')
    await expect(page.getByTestId('agreeing-parties').getByRole('link')).toHaveText(['DE*MSP'])

    // Edit: add sessions as receiver; the diff warns that subscribers start receiving it.
    await page.getByRole('group', { name: 'Sessions' }).getByRole('checkbox', { name: /^Receiver/ }).check()
    await page.getByRole('button', { name: 'Review changes' }).click()
    await expect(page.getByTestId('diff-added')).toContainText('Sessions · receiver')
    await expect(page.getByTestId('diff-added')).toContainText('Parties that already agreed are not asked again')
    await page.getByRole('button', { name: 'Sign the update' }).click()
    await expect(page.getByTestId('tx-step').getByTestId('tx-status')).toHaveAttribute('data-status', 'confirmed')
    await page.goto('/services?q=hub')
    await expect(page.getByTestId('permission-chip')).toHaveText(['Sessions · receiverpersonal data', 'CDRs · receiverpersonal data'])

    // Delete, with a typed confirmation.
    await page.goto('/provider')
    await expect(page.getByRole('button', { name: 'Delete service' })).toBeDisabled()
    await page.getByLabel('Type delete to confirm').fill('delete')
    await page.getByRole('button', { name: 'Delete service' }).click()
    await page.getByRole('button', { name: 'Delete the service on chain' }).click()
    await expect(page.getByTestId('service-deleted')).toContainText('no OCN node forwards anything to it')
    // The form starts afresh, and the preview links nowhere: the listing's page is gone.
    await expect(page.getByLabel('Service name')).toHaveValue('')
    await expect(page.getByLabel('Service URL')).toHaveValue('')
    await expect(page.getByTestId('service-preview').getByTestId('service-card')).toBeVisible()
    await expect(page.getByTestId('service-preview').locator('a[href^="/services/"]')).toHaveCount(0)
    await page.goto('/services')
    await expect(page.getByTestId('service-card')).toHaveCount(5)
    await expect(page.getByTestId('service-name')).not.toContainText(['Hub CDR Archive'])

    // The subscriber's agreement survives, shown as withdrawn.
    expect(await hasAgreement(DE_MSP, DE_HUB)).toBe(true)
    await page.evaluate((msp) => window.testWallet.setAccount(msp), DE_MSP)
    await page.goto('/agreements')
    await expect(page.locator(`[data-testid="agreement"][data-provider="${DE_HUB}"]`).getByTestId('withdrawn-agreement')).toBeVisible()
  })

  test('what was typed survives a rejected signature and a reload', async ({ page }) => {
    await page.goto('/provider')
    await connectWallet(page)
    await fillService(page, 'Draft Service', 'https://draft.example/ocn')
    await page.getByRole('group', { name: 'Tariffs' }).getByRole('checkbox', { name: /^Sender/ }).check()
    await page.evaluate(() => window.testWallet.rejectNext('eth_sendTransaction'))
    await page.getByRole('button', { name: 'Publish service' }).click()
    await page.getByRole('button', { name: 'Sign and publish' }).click()
    await expect(page.getByRole('button', { name: 'Publish service' })).toBeEnabled()
    await expect(page.getByTestId('tx-step')).toHaveCount(0)

    await page.reload()
    await expect(page.getByLabel('Service name')).toHaveValue('Draft Service')
    await expect(page.getByLabel('Service URL')).toHaveValue('https://draft.example/ocn')
    await expect(page.getByRole('group', { name: 'Tariffs' }).getByRole('checkbox', { name: /^Sender/ })).toBeChecked()
  })

  test('refuses a javascript: URL before anything is signed', async ({ page }) => {
    await page.goto('/provider')
    await connectWallet(page)
    await fillService(page, 'Sneaky', 'javascript:alert(1)')
    await page.getByRole('button', { name: 'Preset: Tariff monitoring' }).click()
    await page.getByRole('button', { name: 'Publish service' }).click()
    await expect(page.getByText('Enter a full http(s) URL')).toBeVisible()
    expect(await page.evaluate(() => window.testWallet.requests())).not.toContain('eth_sendTransaction')
  })
})

test.describe('as an account with no OCN identity', () => {
  test.use({ walletAccount: 19 })

  test('the console explains the OCN identity prerequisite', async ({ page }) => {
    await page.goto('/provider')
    await connectWallet(page)
    await expect(page.getByTestId('provider-prerequisite')).toContainText('needs an OCN identity first')
    await expect(page.getByRole('link', { name: 'Create your OCN identity' })).toHaveAttribute('href', '/identity')
  })
})

test.describe('the whole journey of a new provider', () => {
  test.use({ walletAccount: 19 })

  test('goes from no identity to a listed party on a listed node to a service in the catalog', async ({ page }) => {
    await page.goto('/provider')
    await connectWallet(page)
    await page.getByRole('link', { name: 'Create your OCN identity' }).click()

    const partyStep = page.getByTestId('party-step')
    await partyStep.getByLabel('Country code').fill('NL')
    await partyStep.getByLabel('Party ID').fill('EVB')
    await partyStep.getByLabel('Other').check()
    await partyStep.getByLabel('OCN node').selectOption({ label: 'http://localhost:8081' })
    await partyStep.getByRole('button', { name: 'List my party' }).click()
    await partyStep.getByRole('button', { name: 'Confirm and sign' }).click()
    await expect(page.getByTestId('account-identity')).toHaveText('NL*EVB · OTHER')

    await page.getByRole('link', { name: 'My listing' }).click()
    await fillService(page, 'EV Billing Cloud', 'https://evbilling.example/ocn')
    await page.getByRole('button', { name: 'Preset: Billing', exact: true }).click()
    await page.getByRole('button', { name: 'Publish service' }).click()
    await page.getByRole('button', { name: 'Sign and publish' }).click()
    await expect(page.getByTestId('tx-step').getByTestId('tx-status')).toHaveAttribute('data-status', 'confirmed')

    await page.getByRole('link', { name: 'Services' }).click()
    const card = page.getByTestId('service-card').filter({ hasText: 'EV Billing Cloud' })
    await expect(card.getByTestId('provider-credentials')).toHaveText('NL*EVB')
    await expect(card).toContainText('http://localhost:8081')
    await expect(card.getByTestId('permission-chip')).toHaveText(['CDRs · receiverpersonal data'])
  })
})
