/**
 * The service page for everyone (issue 14): its main action in reach on a phone, no sideways scroll, focus after
 * the agree review, axe-core in light and dark on desktop and phone with the review open, and the review in German.
 */
import type { Page } from '@playwright/test'
import { anvilAddress } from '../lib/devnet/accounts'
import { DEMO_ACCOUNT } from '../lib/devnet/demo-network'
import { type AgreeReview, ServicePage } from './support/agreement-pages'
import { DESKTOP, expectNoSeriousViolations, PHONE, viewAs } from './support/a11y'
import { E2E_APP_URL } from './support/chain'
import { expect, test } from './support/fixtures'
import { connectWallet } from './support/wallet'

// GB*SCS: agreed by NL*CPX and DE*CPO (so the page has a forward preview), not by DE*MSP, the test wallet's party.
const SMART_CHARGING = anvilAddress(DEMO_ACCOUNT.GB_SCS)

/** Whether the page can be scrolled sideways: wider content than the viewport. */
const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)

async function expectMainActionOnFirstScreen(page: Page) {
  const action = page.getByTestId('main-action')
  await expect(action).toBeVisible()
  expect(await page.evaluate(() => window.scrollY), 'the page has not scrolled').toBe(0)
  const box = await action.boundingBox()
  expect(box, 'the main action has a box').not.toBeNull()
  expect(box!.y, 'the main action starts on screen').toBeGreaterThanOrEqual(0)
  expect(box!.y + box!.height, `the main action ends within the first ${PHONE.height} px`).toBeLessThanOrEqual(PHONE.height)
}

test('on a phone the agree panel is within the first screen, opens the review, and nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize(PHONE)
  await page.goto(`/services/${SMART_CHARGING}`)
  // Before a wallet is connected the action says what to do; after, it is the button.
  await expectMainActionOnFirstScreen(page)
  await connectWallet(page)
  await expectMainActionOnFirstScreen(page)
  expect(await scrollsSideways(page), 'service page at 390 px').toBe(false)
  await expect(page.getByTestId('forward-preview')).toBeVisible()

  await page.getByTestId('main-action').getByRole('button', { name: 'Review and agree' }).click()
  const dialog = page.getByRole('dialog', { name: 'Review the agreement' })
  await expect(dialog).toBeVisible()
  // The review on a phone is still the whole review: who, the permissions, and what agreeing does on chain.
  await expect(dialog.getByTestId('review-provider')).toBeVisible()
  await expect(dialog.getByTestId('review-permissions').getByRole('listitem')).not.toHaveCount(0)
  await expect(dialog.getByTestId('review-changes').getByRole('listitem')).not.toHaveCount(0)
  await expect(dialog.getByRole('button', { name: 'Agree on chain' })).toBeVisible()
  expect(await scrollsSideways(page), 'review at 390 px').toBe(false)
})

test('the review hands focus back to its button on cancel, and to the outcome after agreeing', async ({ page }) => {
  const service = await new ServicePage(page).goto(SMART_CHARGING)
  let review: AgreeReview = await service.openReview()
  await review.dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(review.dialog).toBeHidden()
  await expect(service.agreeButton).toBeFocused()

  review = await service.openReview()
  await review.confirmAndWait()
  await review.close()
  await expect(review.dialog).toBeHidden()
  await expect(page.getByTestId('main-action')).toBeFocused()
  await expect(page.getByTestId('main-action').getByTestId('agree-status')).toHaveAttribute('data-reason', 'agreed')
})

for (const scheme of ['light', 'dark'] as const) {
  for (const [device, size] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
    test(`axe: a service page with its forward preview, and its review open, ${scheme} on ${device}`, async ({ page }) => {
      await viewAs(page, scheme, size)
      await page.goto(`/services/${SMART_CHARGING}`)
      await expect(page.getByTestId('forward-preview').getByTestId('forward-headline')).toBeVisible()
      await expect(page.getByTestId('service-manifest')).not.toHaveAttribute('aria-busy', 'true')
      await expectNoSeriousViolations(page, `service page, ${scheme}, ${device}`)

      await connectWallet(page)
      await page.getByRole('button', { name: 'Review and agree' }).click()
      const dialog = page.getByRole('dialog', { name: 'Review the agreement' })
      await expect(dialog.getByTestId('review-permissions')).toBeVisible()
      await expectNoSeriousViolations(page, `agree review, ${scheme}, ${device}`)
    })
  }
}

test.describe('in German', () => {
  test.use({ locale: 'de-DE' })

  test('a service page and its review speak German: headings, facts, permissions and buttons', async ({ page, context }) => {
    // Connected in English first (the wallet's own words are another part's), then the browser's language again.
    await context.addCookies([{ name: 'NEXT_LOCALE', value: 'en', url: E2E_APP_URL }])
    await page.goto(`/services/${SMART_CHARGING}`)
    await connectWallet(page)
    await context.clearCookies({ name: 'NEXT_LOCALE' })
    await page.reload()

    await expect(page.locator('html')).toHaveAttribute('lang', 'de')
    await expect(page.getByRole('heading', { name: 'Diesen Dienst nutzen', exact: true })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Was dieser Dienst aus Ihrem OCPI-Verkehr erhält' })).toBeVisible()
    await expect(page.getByTestId('forward-preview').getByTestId('forward-headline')).toHaveText(/^Wenn \S+ PUT \/ocpi\/receiver\/2\.2\/sessions sendet, (erhält|erhalten) /)

    await page.getByRole('button', { name: 'Prüfen und zustimmen' }).click()
    const dialog = page.getByRole('dialog', { name: 'Vereinbarung prüfen' })
    await expect(dialog).toBeVisible()
    await expect(dialog.getByTestId('review-summary')).toHaveText(/^DE\*MSP stimmt .+ von GB\*SCS zu\.$/)
    const facts = dialog.getByTestId('review-provider')
    await expect(facts.getByRole('term')).toHaveText(['Anbieter', 'OCN-Knoten des Anbieters', 'OCN-Identität des Anbieters (die Adresse, mit der Sie die Vereinbarung schließen)'])
    await expect(facts.getByTestId('service-url')).toContainText('Weitere Informationen:')
    await expect(dialog.getByText(/^Ab dann sendet Ihr OCN-Knoten \(/)).toBeVisible()
    // Grid-Aware Smart Charging's four permissions, named and explained in German.
    const permissions = dialog.getByTestId('review-permissions').getByRole('listitem')
    await expect(permissions).toHaveCount(4)
    await expect(permissions.filter({ hasText: 'Ladevorgänge · Empfänger' })).toContainText('Ihr OCN-Knoten sendet dem Dienst eine Kopie')
    await expect(permissions.filter({ hasText: 'Ladeprofile · Sender' })).toHaveCount(1)
    await expect(dialog.getByText('Was die Zustimmung on chain bedeutet')).toBeVisible()
    await expect(dialog.getByRole('button', { name: 'On chain zustimmen' })).toBeVisible()
    await expect(dialog.getByRole('button', { name: 'Abbrechen' })).toBeVisible()
  })
})
