import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { anvilAddress } from '../lib/devnet/accounts'
import { DESKTOP, expectNoSeriousViolations, PHONE, type Scheme, viewAs } from './support/a11y'
import { AgreementsPage } from './support/agreement-pages'
import { expect, test } from './support/fixtures'

const BILLING = anvilAddress(9)
const SCHEMES: Scheme[] = ['light', 'dark']
const SIZES = [
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const

/** The page never scrolls sideways: nothing is wider than the screen. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }))
  expect(scroll, 'page width beyond the screen').toBeLessThanOrEqual(client)
}

/** Shown and fully inside the screen's width (a column cut off at the right edge fails). */
async function expectOnScreen(locator: Locator, width: number): Promise<void> {
  await expect(locator).toBeVisible()
  const box = await locator.boundingBox()
  expect(box, 'has a box').not.toBeNull()
  expect(box!.x).toBeGreaterThanOrEqual(0)
  expect(box!.x + box!.width).toBeLessThanOrEqual(width)
}

test.describe('on a 390 px phone', () => {
  test.use({ viewport: PHONE })

  test('the Registry reflows into cards: no sideways scroll, every column of a row on screen, tap targets of 24 px', async ({ page }) => {
    await page.goto('/registry?q=DE*BIL')
    await expect(page.getByTestId('party-count')).toHaveText('1 of 13 parties')
    const row = page.getByTestId('party-rows').getByRole('row')
    await expect(row).toHaveCount(1)
    await expectNoSidewaysScroll(page)
    await expectOnScreen(row.getByRole('link', { name: 'DE*BIL' }), PHONE.width)
    await expectOnScreen(row.getByRole('cell').nth(1), PHONE.width)
    await expectOnScreen(row.getByText('http://localhost:8080', { exact: true }), PHONE.width)
    const service = row.getByRole('link', { name: 'offers a service' })
    await expectOnScreen(service, PHONE.width)
    // The last column sits below the first on the card, not beside it off-screen.
    expect((await service.boundingBox())!.y).toBeGreaterThan((await row.getByRole('link', { name: 'DE*BIL' }).boundingBox())!.y)
    for (const link of [row.getByRole('link', { name: 'DE*BIL' }), service]) expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(24)

    await page.goto('/registry')
    await expect(page.getByTestId('party-count')).toHaveText('13 parties')
    await expectNoSidewaysScroll(page)
  })

  test('a party page fits the screen, its full address in view rather than only in a tooltip', async ({ page }) => {
    await page.goto('/parties/DE-MSP')
    await expect(page.getByTestId('party-title')).toHaveText('DE*MSP')
    await expect(page.getByTestId('party-timeline').getByTestId('timeline-item').first()).toBeVisible()
    await expectNoSidewaysScroll(page)
    await expectOnScreen(page.getByTestId('party-node'), PHONE.width)
    await expect(page.getByText(anvilAddress(7), { exact: true }).first()).toBeVisible()
  })
})

test.describe('as an account with no OCN identity', () => {
  test.use({ walletAccount: 19 })

  test('My agreements says why there is nothing and points to /identity', async ({ page }) => {
    await new AgreementsPage(page).goto()
    const pointer = page.getByTestId('identity-pointer')
    await expect(pointer).toHaveAttribute('href', '/identity')
    await expect(pointer).toHaveText('List your party on the identity page')
    await expect(page.getByText('This account has no OCN identity yet')).toBeVisible()
    await expect(page.getByText('Your party has no active agreements')).toHaveCount(0)
  })
})

test.describe('as DE*HUB, a listed party with no agreements', () => {
  test.use({ walletAccount: 15 })

  test('My agreements keeps its empty state and no identity pointer', async ({ page }) => {
    await new AgreementsPage(page).goto()
    await expect(page.getByText('Your party has no active agreements')).toBeVisible()
    await expect(page.getByTestId('identity-pointer')).toHaveCount(0)
  })
})

test('the revoke dialog gives focus back to its opener on cancel, and to the outcome after a revoke', async ({ page }) => {
  const agreements = await new AgreementsPage(page).goto()
  const item = agreements.item(BILLING)
  const opener = item.getByRole('button', { name: 'Revoke' })

  let dialog = await agreements.openRevoke(item)
  await dialog.dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog.dialog).toBeHidden()
  await expect(opener).toBeFocused()

  dialog = await agreements.openRevoke(item)
  await dialog.confirmAndWait()
  await dialog.close()
  await expect(page.getByTestId('revoke-progress')).toBeFocused()
  await expect(item).toHaveCount(0)
})

test('no serious accessibility violation on the Registry and a party page, light and dark, desktop and phone', async ({ page }) => {
  for (const [size, viewport] of SIZES) {
    for (const scheme of SCHEMES) {
      await viewAs(page, scheme, viewport)
      await page.goto('/registry')
      await expect(page.getByTestId('party-count')).toHaveText('13 parties')
      await expectNoSeriousViolations(page, `/registry, ${scheme}, ${size}`)
      await page.goto('/parties/DE-MSP')
      await expect(page.getByTestId('party-timeline').getByTestId('history')).toBeVisible()
      await expectNoSeriousViolations(page, `/parties/DE-MSP, ${scheme}, ${size}`)
    }
  }
})

test('no serious accessibility violation on My agreements with the revoke dialog open, light and dark, desktop and phone', async ({ page }) => {
  const agreements = await new AgreementsPage(page).goto()
  await expect(agreements.items).toHaveCount(3)
  for (const [size, viewport] of SIZES) {
    for (const scheme of SCHEMES) {
      await viewAs(page, scheme, viewport)
      await expectNoSeriousViolations(page, `/agreements, ${scheme}, ${size}`)
      const dialog = await agreements.openRevoke(agreements.item(BILLING))
      await expectNoSeriousViolations(page, `/agreements with the revoke dialog, ${scheme}, ${size}`)
      await dialog.dialog.getByRole('button', { name: 'Cancel' }).click()
      await expect(dialog.dialog).toBeHidden()
    }
  }
})

type Tree = { [key: string]: string | Tree }
const catalogue = (locale: string): Tree => JSON.parse(readFileSync(join(process.cwd(), 'messages', `${locale}.json`), 'utf8'))
const en = catalogue('en')
const de = catalogue('de')
const flatten = (tree: Tree): string[] => Object.values(tree).flatMap((value) => (typeof value === 'string' ? [value] : flatten(value)))

/** This part's English sentences that German replaces: none of them may be left in this part's areas of a German page. */
async function englishLeft(page: Page, areas: string[]): Promise<string[]> {
  const text = (await Promise.all(areas.map((area) => page.locator(area).allInnerTexts()))).flat().join('\n')
  const namespaces = ['registry', 'party', 'agreements', 'history'] as const
  const german = new Set(namespaces.flatMap((ns) => flatten(de[ns] as Tree)))
  return namespaces
    .flatMap((ns) => flatten(en[ns] as Tree))
    .filter((message) => !german.has(message) && !/[{<]/.test(message) && message.length > 6)
    .filter((message) => text.includes(message))
}

test.describe('in German (browser language)', () => {
  test.use({ locale: 'de-DE' })

  test('the Registry, a party page and My agreements speak German, with German titles, dates and numbers', async ({ page }) => {
    await page.goto('/registry')
    await expect(page).toHaveTitle(/^Registry · /)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('OCN-Registry')
    await expect(page.getByTestId('party-count')).toHaveText('13 Parteien')
    await expect(page.getByRole('columnheader', { name: 'Rollen' })).toBeAttached()
    await expect(page.getByRole('heading', { name: 'Knoten (Nodes)' })).toBeVisible()
    expect(await englishLeft(page, ['main'])).toEqual([])

    await page.goto('/parties/DE-MSP')
    await expect(page).toHaveTitle(/^Partei DE-MSP · /)
    await expect(page.getByRole('heading', { name: 'Dienste, denen sie zugestimmt hat' })).toBeVisible()
    await expect(page.getByTestId('party-timeline').getByTestId('timeline-item').first()).toContainText(/\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} UTC/)
    // The service card and the forward preview on this page are other parts' text.
    expect(await englishLeft(page, ['main header', 'main dl', 'section[aria-labelledby="uses-title"]', '[data-testid="party-timeline"]'])).toEqual([])

    await page.goto('/agreements')
    await expect(page).toHaveTitle(/^Meine Vereinbarungen · /)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meine Vereinbarungen')
    await expect(page.getByText('Verbinden Sie die Wallet Ihrer Partei')).toBeVisible()
    expect(await englishLeft(page, ['main header', '[data-testid="empty-state"]'])).toEqual([])
  })
})
