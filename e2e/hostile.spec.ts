import type { Page } from '@playwright/test'
import { HOSTILE_AGREEMENTS, HOSTILE_NODE_DOMAIN, HOSTILE_PROVIDERS, type HostileProviderKey, hostileSummary } from '../lib/devnet/hostile'
import { seedHostileData } from '../lib/devnet/hostile-seed'
import { E2E_CHAIN_URL, rpc } from './support/chain'
import { expect, test } from './support/fixtures'
import { collectPageErrors, expectNoHorizontalScroll, LAPTOP_WIDTH, pageHeight, PHONE_WIDTH, waitForHydration } from './support/page-health'
import { waitForIndexer } from './support/history'
import { containing } from './support/tx-progress'
import { connectWallet } from './support/wallet'

declare global {
  interface Window {
    __pwned?: number
  }
}

const hostile = hostileSummary()
const providerKeys = Object.keys(HOSTILE_PROVIDERS) as HostileProviderKey[]

/** A service page stays this short at 1,280 px whatever the provider published. */
const MAX_SERVICE_PAGE_HEIGHT = 6_000
/**
 * A catalog card, or an agreement on /agreements, stays this short at either width. 750 px at 390 px since a card
 * carries its manifest's state (issue 12): one line more than the 700 it was held to before. 900 since issue 14 put
 * on the card what only a tooltip said before (full addresses, what unknown values mean): 877 px measured for the
 * hostile party's tallest agreement at 390 px.
 */
const MAX_CARD_HEIGHT = 900

// Seeded once for the file; every test still runs between a snapshot and a revert of its own (fixtures.ts),
// and the afterAll hands the demo seed back to the other spec files untouched.
let beforeSeed: string
test.beforeAll(async () => {
  // Three transactions of 22-28M gas each: on a busy machine this takes longer than a test.
  test.setTimeout(90_000)
  beforeSeed = await rpc<string>('evm_snapshot')
  await seedHostileData(E2E_CHAIN_URL)
})
test.afterAll(async () => {
  await rpc('evm_revert', [beforeSeed])
})

// Pages load at a phone's width first: hydration runs against the layout most likely to break.
test.use({ viewport: { width: PHONE_WIDTH, height: 900 } })

/** Fails the test on any script the hostile records might smuggle in: a dialog, or the __pwned marker. */
async function watchForExecution(page: Page) {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  return async () => {
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined()
    expect(dialogs).toEqual([])
  }
}

async function expectOnlyWebLinks(page: Page) {
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
  // The skip link's own target (#main) is the one in-page link.
  for (const href of hrefs) expect(href).toMatch(/^(\/|https?:\/\/|#main$)/)
}

/**
 * Loads `path`, waits for what shows the page is complete, then checks that hydration went without an error
 * and that the page never scrolls sideways, at a phone's and at a laptop's width.
 */
async function expectSturdyPage(page: Page, path: string, ready: (page: Page) => Promise<void>) {
  const errors = collectPageErrors(page)
  const response = await page.goto(path)
  expect(response?.status(), path).toBe(200)
  await ready(page)
  await waitForHydration(page)
  await expectNoHorizontalScroll(page)
  expect(errors(), `errors on ${path}`).toEqual([])
}

/** Every element with this test id (a service's card, an agreement) stays short at either width. */
async function expectCardsBounded(page: Page, testId: string) {
  for (const width of [PHONE_WIDTH, LAPTOP_WIDTH]) {
    await page.setViewportSize({ width, height: 900 })
    const heights = await page.getByTestId(testId).evaluateAll((cards) => cards.map((card) => card.getBoundingClientRect().height))
    expect(heights.length, testId).toBeGreaterThan(0)
    expect(Math.max(...heights), `tallest ${testId} at ${width} px`).toBeLessThanOrEqual(MAX_CARD_HEIGHT)
  }
}

const titleShown = (testId: string) => async (page: Page) => {
  await expect(page.getByTestId(testId)).toBeVisible()
}

test('hostile on-chain records render inert in the catalog', async ({ page }) => {
  const noScriptRan = await watchForExecution(page)
  await page.goto('/services')
  await expect(page.getByTestId('service-card').first()).toBeVisible()

  // Markup in names is shown as text.
  await expect(page.locator(`[data-provider="${hostile.providers.scriptTag}"]`).getByTestId('service-name')).toHaveText('<script>window.__pwned=1</script>')
  await expect(page.locator(`[data-provider="${hostile.providers.imgOnerror}"]`).getByTestId('service-name')).toHaveText('<img src=x onerror="window.__pwned=1">')
  // The only images are the demo manifests' logos, from the app's own logo route (issue 12); none from a name.
  await expect(page.locator(`[data-provider="${hostile.providers.imgOnerror}"] img`)).toHaveCount(0)
  await expect(page.locator('main img:not([src^="/api/manifests/logo/"])')).toHaveCount(0)

  // javascript: and data: URLs are not links.
  const inertUrl = page.locator(`[data-provider="${hostile.providers.scriptTag}"]`).getByTestId('service-url')
  await expect(inertUrl.getByText('javascript:alert(document.cookie)', { exact: true })).toBeVisible()
  await expect(inertUrl.getByText('not a web link', { exact: true })).toBeVisible()
  await expectOnlyWebLinks(page)
  await expect(page.getByText('not a web link').first()).toBeVisible()

  // The 10,000-character name is cut, with the whole value one click away.
  const long = page.locator(`[data-provider="${hostile.providers.longText}"]`)
  const title = await long.getByTestId('service-name').innerText()
  expect(title.length).toBeLessThan(120)
  await long.getByText(/Show all 10,000 characters/).first().click()
  await expect(long.locator('details[open]').getByText(containing('Certified Roaming Billing'))).toBeVisible()

  // Hidden characters are made visible and flagged.
  const spoof = page.locator(`[data-provider="${hostile.providers.bidiSpoof}"]`)
  await expect(spoof.getByTestId('service-name')).toContainText('⟨U+202E⟩')
  await expect(spoof.getByTestId('service-name').getByTestId('hidden-characters-flag')).toHaveText('hidden characters')

  // Unknown permission values are shown as unknown, never guessed.
  const unknown = page.locator(`[data-provider="${hostile.providers.unknownPermissions}"]`)
  await expect(unknown.getByTestId('permission-chip')).toContainText(['CDRs · receiver', 'Unknown permission #17', 'Unknown permission #115792'])

  // The duplicated provider appears once; the provider whose party was deleted is flagged.
  await expect(page.locator(`[data-provider="${hostile.providers.duplicate}"]`)).toHaveCount(1)
  await expect(page.locator(`[data-provider="${hostile.providers.deletedParty}"]`).getByTestId('provider-unlisted')).toContainText('no longer listed in the Registry')

  await noScriptRan()
})

test('hostile records render inert on service, party and registry pages', async ({ page }) => {
  const noScriptRan = await watchForExecution(page)
  for (const key of ['scriptTag', 'imgOnerror', 'longText', 'bidiSpoof', 'unknownPermissions', 'deletedParty'] as const) {
    const response = await page.goto(`/services/${hostile.providers[key]}`)
    expect(response?.status()).toBe(200)
    await expect(page.getByTestId('service-title')).toBeVisible()
    await expectOnlyWebLinks(page)
  }
  await expect(page.getByTestId('permission-detail')).toHaveCount(1)

  await page.goto(`/services/${hostile.providers.unknownPermissions}`)
  await expect(page.getByTestId('permission-detail')).toContainText(['CDRs · receiver', 'Unknown permission #17', 'Unknown permission #115792'])

  await page.goto('/registry')
  await expect(page.getByTestId('node-list')).toContainText(HOSTILE_NODE_DOMAIN)
  await expectOnlyWebLinks(page)
  await page.goto(`/parties/${hostile.unprintableParty}`)
  await expect(page.getByTestId('party-title')).toHaveText('0x0a0b*0x00ff01')
  await noScriptRan()
})

test.describe('hostile data cannot break a page', () => {
  test('the overview and the catalog, with cards of bounded height', async ({ page }) => {
    await expectSturdyPage(page, '/', async () => {
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    })
    await expectSturdyPage(page, '/services', async () => {
      await expect(page.getByTestId('service-card')).toHaveCount(5 + providerKeys.length)
    })
    await expectCardsBounded(page, 'service-card')
  })

  test('the registry', async ({ page }) => {
    await expectSturdyPage(page, '/registry', async () => {
      await expect(page.getByTestId('node-list')).toContainText(HOSTILE_NODE_DOMAIN)
    })
  })

  test('every hostile service page, of bounded height', async ({ page }) => {
    test.slow()
    for (const key of providerKeys) {
      await expectSturdyPage(page, `/services/${hostile.providers[key]}`, titleShown('service-title'))
      expect(await pageHeight(page, LAPTOP_WIDTH), `height of the service page of ${key}`).toBeLessThanOrEqual(MAX_SERVICE_PAGE_HEIGHT)
    }
  })

  test('every hostile party page', async ({ page }) => {
    test.slow()
    const listed = providerKeys.filter((key) => !('deletePartyAfterwards' in HOSTILE_PROVIDERS[key]))
    for (const address of [...listed.map((key) => hostile.providers[key]), hostile.unprintableParty]) {
      await expectSturdyPage(page, `/parties/${address}`, titleShown('party-title'))
    }
  })

  test('hundreds of permission values fold away, and every one of them is one click away', async ({ page }) => {
    const values = HOSTILE_PROVIDERS.manyPermissions.services[0].permissions
    const unknown = new Set(values.filter((value) => value > 16n)).size
    await page.goto(`/services/${hostile.providers.manyPermissions}`)
    const details = page.getByTestId('permission-detail')
    await expect(details.filter({ visible: true })).toHaveCount(17 + 3)
    await page.getByText(`Show ${unknown - 3} more unknown permission values`).click()
    await expect(details.filter({ visible: true })).toHaveCount(17 + unknown)

    await page.goto('/services')
    const card = page.locator(`[data-provider="${hostile.providers.manyPermissions}"]`)
    const chips = card.getByTestId('permission-chip')
    // One chip per OCPI module and the catch-all, then three unknown values.
    await expect(chips.filter({ visible: true })).toHaveCount(8 + 3)
    await card.getByText(`Show ${unknown - 3} more unknown values`).click()
    await expect(chips.filter({ visible: true })).toHaveCount(8 + unknown)
  })

  test('agreements, identity and listing of a hostile party, connected as it', async ({ page }) => {
    const actor = hostile.providers[HOSTILE_AGREEMENTS.user]
    // The agreements' history is read once, on arrival: the indexer has the hostile records first.
    await waitForIndexer()
    await page.addInitScript((account) => localStorage.setItem('test-wallet:account', account), actor)
    await page.goto('/agreements')
    await connectWallet(page)
    await expectSturdyPage(page, '/agreements', async () => {
      // Scoped to the agreements: the forward preview below names the same services.
      await expect(page.getByTestId('agreement').getByText('Oversized Download Portal')).toBeVisible()
    })
    await expect(page.getByTestId('agreement')).toHaveCount(HOSTILE_AGREEMENTS.providers.length)
    // The history keeps 100 of the 300 values agreed to: the rest are not called added since.
    const many = page.locator(`[data-testid="agreement"][data-provider="${hostile.providers.manyPermissions}"]`)
    await expect(many.getByTestId('permissions-unverifiable')).toContainText('the history keeps 100 values')
    await expect(page.getByTestId('permissions-changed')).toHaveCount(0)
    await expectCardsBounded(page, 'agreement')
    await expectSturdyPage(page, '/identity', async () => {
      await expect(page.getByText(/ocn-node-operated-by-everything-analytics/).first()).toBeVisible()
    })
    await expectSturdyPage(page, '/provider', async () => {
      await expect(page.getByTestId('service-preview').getByTestId('service-card')).toBeVisible()
    })
    // The live preview is the catalog card of the 300-permission service.
    await expectCardsBounded(page, 'service-card')
  })
})
