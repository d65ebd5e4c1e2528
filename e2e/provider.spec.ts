import type { Locator, Page } from '@playwright/test'
import { anvilAddress } from '../lib/devnet/accounts'
import { DESKTOP, expectNoSeriousViolations, PHONE, viewAs } from './support/a11y'
import { AgreementsPage, ServicePage } from './support/agreement-pages'
import { expect, test } from './support/fixtures'
import { IdentityPage } from './support/identity-page'
import { ListingEditor } from './support/listing-editor'
import { textParts } from './support/text-parts'
import { containing } from './support/tx-progress'
import { hasAgreement, rejectNext, sentTransactions, switchAccount } from './support/wallet'

const DE_HUB = anvilAddress(15)
const DE_MSP = anvilAddress(7)

test.describe('as DE*HUB, a listed party without a service', () => {
  test.use({ walletAccount: 15 })

  test('publishes a service, gets a subscriber, edits its permissions with a diff, then deletes it', async ({ page }) => {
    // Four writes, an agreement and two account switches: near the 30 s default on a loaded machine.
    test.slow()
    const editor = await new ListingEditor(page).goto()

    await editor.publish()
    await expect(page.getByText('Choose at least one permission')).toBeVisible()

    await editor.fill('Hub CDR Archive', 'https://archive.dehub.example/ocn')
    await editor.preset('Billing')
    await expect(editor.permission('CDRs', 'Receiver')).toBeChecked()
    await expect(editor.preview.getByTestId('service-name')).toHaveText('Hub CDR Archive')
    await expect.poll(() => textParts(editor.preview.getByTestId('permission-chip'))).toEqual([['CDRs · receiver', 'personal data']])
    await expect(editor.preview.getByTestId('provider-credentials')).toHaveText('DE*HUB')

    // Before anything is sent: the review says which data will flow to whom, personal data named.
    await editor.publish()
    await expect(editor.preview.locator('a[href^="/services/"]')).toHaveCount(0)
    await expect(editor.review.getByRole('heading', { name: 'Review: Publish Hub CDR Archive' })).toBeVisible()
    await expect(editor.review.getByTestId('review-data-flow').getByText(/^CDRs · receiver \(FORWARD_MODULE_CDRS_RECEIVER\).*This is personal data\.$/)).toBeVisible()
    expect(await sentTransactions(page)).toHaveLength(0)
    await editor.signPublish()
    await editor.write.expectStatus('confirmed')
    await expect(page.getByTestId('service-published').getByRole('link', { name: 'See your live listing' })).toHaveAttribute('href', `/services/${DE_HUB}`)
    await page.goto('/services')
    await expect(page.getByTestId('service-name')).toContainText(['Hub CDR Archive'])

    // A second party agrees to it...
    await switchAccount(page, DE_MSP)
    const service = await new ServicePage(page).goto(DE_HUB, { connect: false })
    await expect(page.getByTestId('account-identity')).toHaveText('DE*MSP · EMSP')
    await service.agree()

    // ...and the provider sees that subscriber.
    await switchAccount(page, DE_HUB)
    await editor.goto({ connect: false })
    await expect(page.getByTestId('agreeing-parties').getByRole('link')).toHaveText(['DE*MSP'])

    // Edit: add sessions as receiver; the diff warns that subscribers start receiving it.
    await editor.permission('Sessions', 'Receiver').check()
    await editor.reviewChanges()
    const added = page.getByTestId('diff-added')
    await expect(added.getByText(containing('Sessions · receiver'))).toBeVisible()
    await expect(added.getByText(containing('Parties that already agreed are not asked again'))).toBeVisible()
    await editor.signUpdate()
    await page.goto('/services?q=hub')
    await expect
      .poll(() => textParts(page.getByTestId('permission-chip')))
      .toEqual([
        ['Sessions · receiver', 'personal data'],
        ['CDRs · receiver', 'personal data'],
      ])

    // Delete, with a typed confirmation.
    await editor.goto({ connect: false })
    await editor.delete()
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
    await switchAccount(page, DE_MSP)
    const agreements = await new AgreementsPage(page).goto({ connect: false })
    await expect(agreements.item(DE_HUB).getByTestId('withdrawn-agreement')).toBeVisible()
  })

  test('what was typed survives a rejected signature and a reload', async ({ page }) => {
    const editor = await new ListingEditor(page).goto()
    await editor.fill('Draft Service', 'https://draft.example/ocn')
    await editor.permission('Tariffs', 'Sender').check()
    await rejectNext(page)
    await editor.publish()
    await editor.signPublish()
    await expect(editor.publishButton).toBeEnabled()
    await expect(editor.tx.steps).toHaveCount(0)

    await page.reload()
    await expect(editor.nameField).toHaveValue('Draft Service')
    await expect(editor.urlField).toHaveValue('https://draft.example/ocn')
    await expect(editor.permission('Tariffs', 'Sender')).toBeChecked()
  })

  test('refuses a javascript: URL before anything is signed', async ({ page }) => {
    const editor = await new ListingEditor(page).goto()
    await editor.fill('Sneaky', 'javascript:alert(1)')
    await editor.preset('Tariff monitoring')
    await editor.publish()
    await expect(page.getByText('Enter a full http(s) URL')).toBeVisible()
    expect(await sentTransactions(page)).toHaveLength(0)
  })
})

test.describe('as an account with no OCN identity', () => {
  test.use({ walletAccount: 19 })

  test('the console explains the OCN identity prerequisite', async ({ page }) => {
    await new ListingEditor(page).goto()
    await expect(page.getByTestId('provider-prerequisite').getByText(containing('needs an OCN identity first'))).toBeVisible()
    await expect(page.getByRole('link', { name: 'Create your OCN identity' })).toHaveAttribute('href', '/identity')
  })
})

test.describe('the whole journey of a new provider', () => {
  test.use({ walletAccount: 19 })

  test('goes from no identity to a listed party on a listed node to a service in the catalog', async ({ page }) => {
    const editor = await new ListingEditor(page).goto()
    await page.getByRole('link', { name: 'Create your OCN identity' }).click()

    const identity = new IdentityPage(page)
    await identity.party.list({ countryCode: 'NL', partyId: 'EVB', roles: ['Other'], node: 'http://localhost:8081' })
    await expect(identity.accountIdentity).toHaveText('NL*EVB · OTHER')

    await page.getByRole('link', { name: 'My listing' }).click()
    await editor.fill('EV Billing Cloud', 'https://evbilling.example/ocn')
    await editor.preset('Billing')
    await editor.publishAndWait()

    await page.getByRole('link', { name: 'Services' }).click()
    // /provider previews the listing twice (the card alone, and with the manifest): wait for the catalog's one.
    await expect(page).toHaveURL(/\/services$/)
    const card = page.getByTestId('service-card').filter({ hasText: 'EV Billing Cloud' })
    await expect(card.getByTestId('provider-credentials')).toHaveText('NL*EVB')
    await expect(card.getByText('http://localhost:8081', { exact: true })).toBeVisible()
    await expect.poll(() => textParts(card.getByTestId('permission-chip'))).toEqual([['CDRs · receiver', 'personal data']])
  })
})

/** The element's box lies wholly inside the viewport as the page first shows it, without scrolling. */
async function expectInFirstScreen(page: Page, locator: Locator): Promise<void> {
  await expect(locator).toBeVisible()
  const box = await locator.boundingBox()
  const viewport = page.viewportSize()
  expect(box && viewport, 'a box and a viewport').toBeTruthy()
  if (!box || !viewport) return
  expect(await page.evaluate(() => window.scrollY), 'not scrolled').toBe(0)
  expect(box.y, 'top inside the screen').toBeGreaterThanOrEqual(0)
  expect(box.y + box.height, 'bottom inside the first screen').toBeLessThanOrEqual(viewport.height)
  expect(box.x + box.width, 'right edge inside the screen').toBeLessThanOrEqual(viewport.width)
}

test.describe('on a phone (390 × 844)', () => {
  test.use({ viewport: PHONE })

  test.describe('a listed party', () => {
    test.use({ walletAccount: 15 })

    test('has "Publish service" within the first screen, and it works from there', async ({ page }) => {
      const editor = await new ListingEditor(page).goto()
      const action = page.getByTestId('main-action')
      await expectInFirstScreen(page, action)
      await expect(action.getByRole('button', { name: 'Publish service' })).toBeVisible()
      // From the first screen, without scrolling: the form's own checks answer.
      await action.getByRole('button').click()
      await expect(editor.page.getByText('Give your service a name parties will recognise.')).toBeVisible()
    })
  })

  test.describe('an account with no OCN identity', () => {
    test.use({ walletAccount: 19 })

    test('is pointed to /identity from the first screen', async ({ page }) => {
      await new ListingEditor(page).goto()
      await expectInFirstScreen(page, page.getByTestId('main-action'))
      const pointer = page.getByTestId('identity-pointer')
      await expect(pointer).toHaveAttribute('href', '/identity')
      await expect(pointer).toHaveText(/Create your OCN identity/)
      await expect(page.getByTestId('provider-prerequisite')).toContainText('This account is not an OCN party yet')
      // No form to fill that the contract would refuse.
      await expect(page.getByLabel('Service name')).toHaveCount(0)
    })
  })
})

test.describe('accessibility of the publish review', () => {
  test.use({ walletAccount: 15 })

  test('no serious axe violation with the review open, light and dark, desktop and phone', async ({ page }) => {
    test.setTimeout(120_000)
    for (const size of [DESKTOP, PHONE]) {
      await viewAs(page, 'light', size)
      const editor = await new ListingEditor(page).goto({ connect: size === DESKTOP })
      await editor.fill('Hub CDR Archive', 'https://archive.dehub.example/ocn')
      await editor.preset('Billing')
      await editor.publish()
      await expect(editor.review).toBeVisible()
      for (const scheme of ['light', 'dark'] as const) {
        await viewAs(page, scheme, size)
        await expectNoSeriousViolations(page, `/provider, publish review, ${scheme}, ${size.width} px`)
      }
    }
  })
})
