/**
 * Provider manifests end to end (issue 12): the demo seed's manifests as the catalog, the service page and the
 * review dialog show them, with every verification state; then a provider writes one in the editor, hosts the
 * downloaded bytes, publishes the URL with their hash, and sees the catalog verify it, then flag its change.
 * The app runs with a 2 s manifest TTL (scripts/e2e-server.ts).
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { Locator, Page } from '@playwright/test'
import type { Address } from 'viem'
import { readContract } from 'viem/actions'
import { LOCAL_PERMISSIONS } from '../lib/chain/networks'
import { anvilAddress } from '../lib/devnet/accounts'
import { demoManifestBytes } from '../lib/devnet/demo-manifests'
import { DEMO_ACCOUNT, type DemoManifestFile } from '../lib/devnet/demo-network'
import type { ServiceManifest } from '../lib/manifest/types'
import { permissionsAbi } from '../lib/ocn/abi'
import { AgreeReview, ServicePage } from './support/agreement-pages'
import { chainClient } from './support/chain'
import { expect, test } from './support/fixtures'
import { ListingEditor } from './support/listing-editor'
import { startManifestHost } from './support/manifest-host'
import { hasAgreement } from './support/wallet'

const BILLING = anvilAddress(DEMO_ACCOUNT.DE_BIL)
const PAYMENT = anvilAddress(DEMO_ACCOUNT.CH_PAY)
const LOCATION = anvilAddress(DEMO_ACCOUNT.NL_LOC)
const SMART_CHARGING = anvilAddress(DEMO_ACCOUNT.GB_SCS)
const TARIFFS = anvilAddress(DEMO_ACCOUNT.DE_TRF)
const DE_HUB = anvilAddress(DEMO_ACCOUNT.DE_HUB)

/** The demo manifests as the app serves them: what the pages must show comes from the files themselves. */
const demo = (file: DemoManifestFile) => JSON.parse(demoManifestBytes(file).toString('utf8')) as ServiceManifest

const card = (page: Page, provider: Address) => page.locator(`[data-testid="service-card"][data-provider="${provider}"]`)
const badge = (scope: Locator) => scope.getByTestId('manifest-state')

/**
 * Manifests are fetched by the server in the background: a page shows them once fetched, a reload later at the
 * latest. Reloads until `check` passes, within `timeout`.
 */
async function reloadUntil(page: Page, check: () => Promise<void>, timeout = 15_000): Promise<void> {
  await expect(async () => {
    await page.reload()
    await check()
  }).toPass({ timeout, intervals: [500, 1_000] })
}

const onChainUrl = async (provider: Address) =>
  (await readContract(chainClient, { address: LOCAL_PERMISSIONS, abi: permissionsAbi, functionName: 'getService', args: [provider] }))[3]

test('the catalog shows the seeded manifests with their verification states, and filters by category and pricing', async ({ page }) => {
  // Five cards checked, then eight filtered views: past the 30 s default on a loaded machine.
  test.slow()
  const billing = demo('billing')
  const location = demo('location')
  await page.goto('/services')
  await reloadUntil(page, async () => {
    for (const [provider, state] of [
      [BILLING, 'verified'],
      [PAYMENT, 'unverified'],
      [LOCATION, 'verified'],
      [SMART_CHARGING, 'changed'],
      [TARIFFS, 'none'],
    ] as const) {
      await expect(badge(card(page, provider)), provider).toHaveAttribute('data-state', state, { timeout: 1_000 })
    }
  })

  await expect(badge(card(page, BILLING))).toHaveText(/^Verified/)
  await expect(badge(card(page, PAYMENT))).toHaveText(/^Unverified/)
  await expect(badge(card(page, SMART_CHARGING))).toHaveText(/^Changed since committed/)
  await expect(badge(card(page, TARIFFS))).toHaveText(/^No manifest/)

  // Verified and unverified manifests speak for the provider: tagline, categories, pricing, logo.
  const billingCard = card(page, BILLING)
  await expect(billingCard.getByTestId('service-tagline')).toHaveText(billing.tagline)
  await expect(billingCard.getByTestId('service-category').evaluateAll((chips) => chips.map((chip) => chip.dataset.category))).resolves.toEqual(billing.categories)
  await expect(billingCard.getByTestId('service-pricing')).toHaveAttribute('data-model', billing.pricing.model)
  await expectLogoShown(billingCard)
  await expect(card(page, PAYMENT).getByTestId('service-tagline')).toHaveText(demo('payment').tagline)
  await expectLogoShown(card(page, PAYMENT))
  await expect(card(page, LOCATION).getByTestId('service-pricing')).toHaveAttribute('data-model', location.pricing.model)

  // Changed: what is hosted now is not what the provider committed, so none of it is shown as the provider's word.
  const changed = card(page, SMART_CHARGING)
  await expect(changed.getByTestId('service-tagline')).toHaveCount(0)
  await expect(changed.getByTestId('service-logo')).toHaveCount(0)
  await expect(changed.getByTestId('service-category')).toHaveCount(0)
  // None: the card is the registry listing alone.
  await expect(card(page, TARIFFS).getByTestId('service-tagline')).toHaveCount(0)
  await expect(card(page, TARIFFS).getByTestId('service-logo')).toHaveCount(0)

  // Filters narrow the list, from the URL and from the controls.
  await page.goto('/services?category=billing')
  await expect(page.getByTestId('service-name')).toHaveText(['Roaming Billing & Invoicing'])
  await page.goto('/services?category=data-enrichment,payment')
  await expect(page.getByTestId('service-name')).toHaveText(['Location Data Enrichment', 'Smart Payment'])
  await page.goto('/services?pricing=free')
  await expect(page.getByTestId('service-name')).toHaveText(['Location Data Enrichment'])
  await page.goto('/services?category=billing&pricing=free')
  await expect(page.getByTestId('service-card')).toHaveCount(0)

  await page.goto('/services')
  await page.getByTestId('filter-category').getByLabel('Data enrichment').check()
  await page.getByTestId('filter-category').getByLabel('Payment').check()
  await expect(page).toHaveURL(/[?&]category=data-enrichment(,|%2C)payment(&|$)/)
  await expect(page.getByTestId('service-name')).toHaveText(['Location Data Enrichment', 'Smart Payment'])
  await page.getByTestId('filter-pricing').getByLabel('Free').check()
  await expect(page).toHaveURL(/[?&]pricing=free(&|$)/)
  await expect(page.getByTestId('service-name')).toHaveText(['Location Data Enrichment'])
})

/** The logo is served by the app's logo route, and really decodes as an image. */
async function expectLogoShown(scope: Locator): Promise<void> {
  const logo = scope.getByTestId('service-logo')
  await expect(logo).toHaveAttribute('src', /^\/api\/manifests\/logo\/[A-Za-z0-9_-]{43}$/)
  // Card logos load lazily: only once in view.
  await logo.scrollIntoViewIfNeeded()
  await expect.poll(() => logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(48)
}

test('the service page shows the manifest: content when verified, a warning when changed, "No manifest" otherwise', async ({ page }) => {
  const billing = demo('billing')
  await page.goto(`/services/${BILLING}`)
  const section = page.getByTestId('service-manifest')
  await reloadUntil(page, () => expect(section).toHaveAttribute('data-state', 'verified', { timeout: 1_000 }))
  await expect(section.getByTestId('manifest-state-detail')).toHaveText('Verified: matches what the provider committed on chain')
  // The description's paragraphs, each in full.
  for (const paragraph of billing.description.split('\n\n')) await expect(section.getByTestId('manifest-description')).toContainText(paragraph)
  await expect(section.getByTestId('manifest-pricing')).toContainText(billing.pricing.text!)
  await expect(section.getByTestId('manifest-terms').getByRole('link')).toHaveAttribute('href', billing.termsUrl!)
  await expect(section.getByTestId('manifest-privacy').getByRole('link')).toHaveAttribute('href', billing.privacyUrl!)
  await expect(section.getByTestId('manifest-api-docs').getByRole('link')).toHaveAttribute('href', billing.apiDocsUrl!)
  await expect(section.getByTestId('manifest-support')).toContainText(billing.support.email!)
  await expect(section.getByTestId('manifest-support').getByRole('link', { name: billing.support.url! })).toHaveAttribute('href', billing.support.url!)
  await expect(section.getByTestId('manifest-ocpi-versions')).toContainText(billing.ocpiVersions.join(', '))
  // Countries by name, each with its code.
  await expect(section.getByTestId('manifest-countries')).toContainText('Germany (DE)')
  for (const code of billing.countries) await expect(section.getByTestId('manifest-countries')).toContainText(`(${code})`)
  await expect(section.getByTestId('manifest-changed-warning')).toHaveCount(0)

  // Changed since committed: a warning, and what is hosted now only inside it.
  await page.goto(`/services/${SMART_CHARGING}`)
  await reloadUntil(page, () => expect(section).toHaveAttribute('data-state', 'changed', { timeout: 1_000 }))
  const warning = section.getByTestId('manifest-changed-warning')
  await expect(warning).toBeVisible()
  await expect(warning).toContainText(demo('smart-charging').tagline)
  await expect(section.getByTestId('manifest-state-detail')).toContainText('Changed since the provider committed it')
  // The hosted description appears once, inside the warning: never as the provider's word.
  await expect(section.getByTestId('manifest-description')).toHaveCount(1)
  await expect(warning.getByTestId('manifest-description')).toHaveCount(1)

  // No manifest at the well-known location of the tariff monitor's origin.
  await page.goto(`/services/${TARIFFS}`)
  await reloadUntil(page, () => expect(section).toHaveAttribute('data-state', 'none', { timeout: 1_000 }))
  await expect(section).toContainText('No manifest')
  await expect(section.getByTestId('manifest-description')).toHaveCount(0)
})

test.describe('as NL*CPX, which has not agreed to billing', () => {
  test.use({ walletAccount: DEMO_ACCOUNT.NL_CPX })

  test('the review dialog links the terms and Agree waits for the terms box', async ({ page }) => {
    const billing = demo('billing')
    const service = new ServicePage(page)
    await page.goto(`/services/${BILLING}`)
    // The page renders the manifest once the server has it; the dialog reads the same.
    await reloadUntil(page, () => expect(page.getByTestId('service-manifest')).toHaveAttribute('data-state', 'verified', { timeout: 1_000 }))
    await service.goto(BILLING)
    const review: AgreeReview = await service.openReview()
    await expect(review.dialog.getByTestId('review-terms-link')).toHaveAttribute('href', billing.termsUrl!)
    const confirmTerms = review.dialog.getByTestId('review-terms-confirm')
    await expect(confirmTerms).not.toBeChecked()
    await expect(review.confirmButton).toBeDisabled()
    await confirmTerms.check()
    await expect(review.confirmButton).toBeEnabled()
    await confirmTerms.uncheck()
    await expect(review.confirmButton).toBeDisabled()
    await confirmTerms.check()
    await review.confirmAndWait()
    expect(await hasAgreement(anvilAddress(DEMO_ACCOUNT.NL_CPX), BILLING)).toBe(true)
  })
})

test.describe('as DE*HUB, a listed party without a service', () => {
  test.use({ walletAccount: DEMO_ACCOUNT.DE_HUB })

  test('writes a manifest, hosts it, publishes the URL with its hash: verified; then the hosted file changes: changed', async ({ page }) => {
    test.setTimeout(120_000)
    const host = await startManifestHost()
    try {
      const editor = await new ListingEditor(page).goto()
      const manifest = page.getByTestId('manifest-editor')
      await manifest.getByLabel('Tagline', { exact: true }).fill('Archives every CDR your partners send, for ten years.')
      await manifest.getByLabel('Description', { exact: true }).fill('Hub CDR Archive keeps a tamper-evident copy of every CDR.\n\nSearch and export them any time.')
      await manifest.getByRole('checkbox', { name: 'Reporting' }).check()
      await manifest.getByLabel('Pricing model', { exact: true }).selectOption('subscription')
      await manifest.getByLabel('Pricing details', { exact: true }).fill('EUR 19 per month.')
      await manifest.getByLabel('Terms URL', { exact: true }).fill('https://dehub.example/terms')
      await manifest.getByLabel('Support email', { exact: true }).fill('archive@dehub.example')
      await manifest.getByLabel('Countries', { exact: true }).fill('DE, AT')
      await manifest.getByLabel('OCPI versions', { exact: true }).fill('2.2.1')
      await manifest.getByLabel('Logo', { exact: true }).setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: demoLogo('billing') })
      await expect(manifest.getByTestId('manifest-errors')).toHaveCount(0)
      // The live preview follows the draft (its card's tagline is e2e/manifest-editor.spec.ts's to check).
      await expect(manifest.getByTestId('manifest-preview')).toContainText('Hub CDR Archive keeps a tamper-evident copy of every CDR.')

      // The download is the file to host; the hash shown is the hash of exactly those bytes.
      const [download] = await Promise.all([page.waitForEvent('download'), manifest.getByTestId('manifest-download').click()])
      expect(download.suggestedFilename()).toBe('ocn-service.json')
      const bytes = readFileSync(await download.path())
      const digest = createHash('sha256').update(bytes).digest('base64')
      await expect(manifest.getByTestId('manifest-hash')).toHaveText(`sha256-${digest}`)
      expect(JSON.parse(bytes.toString('utf8'))).toMatchObject({ manifestVersion: 1, tagline: 'Archives every CDR your partners send, for ten years.', categories: ['reporting'] })

      host.host('/hub/ocn-service.json', bytes)
      const hostedUrl = host.url('/hub/ocn-service.json')
      await manifest.getByLabel('Hosted at').fill(hostedUrl)
      const committedUrl = `${hostedUrl}#sha256-${digest}`
      await expect(manifest.getByTestId('manifest-onchain-url')).toHaveText(committedUrl)
      await manifest.getByTestId('manifest-check').click()
      await expect(manifest.getByTestId('manifest-check-result')).toHaveAttribute('data-state', 'verified')

      // The on-chain URL goes into the service editor, and is published with the listing.
      await manifest.getByTestId('manifest-use-url').click()
      await expect(editor.urlField).toHaveValue(committedUrl)
      await editor.nameField.fill('Hub CDR Archive')
      await editor.preset('Billing')
      await editor.publishAndWait()
      expect(await onChainUrl(DE_HUB)).toBe(committedUrl)

      await page.goto('/services')
      const hub = card(page, DE_HUB)
      await reloadUntil(page, () => expect(badge(hub)).toHaveAttribute('data-state', 'verified', { timeout: 1_000 }))
      await expect(hub.getByTestId('service-tagline')).toHaveText('Archives every CDR your partners send, for ten years.')
      await expect(badge(hub)).toHaveText(/^Verified/)

      // The provider edits the hosted file without committing the new hash: within the TTL the catalog says so.
      host.host('/hub/ocn-service.json', Buffer.from(bytes.toString('utf8').replace('ten years', 'twenty years')))
      await reloadUntil(page, () => expect(badge(hub)).toHaveAttribute('data-state', 'changed', { timeout: 1_000 }))
      await expect(badge(hub)).toHaveText(/^Changed since committed/)
      await expect(hub.getByTestId('service-tagline')).toHaveCount(0)
    } finally {
      await host.stop()
    }
  })
})

/** A demo manifest's logo as the PNG file a provider would pick. */
function demoLogo(file: DemoManifestFile): Buffer {
  const logo = demo(file).logo!
  expect(logo.startsWith('data:image/png;base64,')).toBe(true)
  return Buffer.from(logo.slice('data:image/png;base64,'.length), 'base64')
}
