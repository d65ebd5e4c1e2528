/**
 * German throughout (issue 14): every page in German when the browser asks for it, and when the visitor picks
 * "Deutsch" in the switcher (kept across a reload), with no English left: no fragment of an English message that
 * German words differently appears in the page's text, labels, titles or placeholders (lib/i18n/leftovers.ts).
 */
import type { Page } from '@playwright/test'
import { type Catalogue, fragmentsIn, untranslatedFragments } from '../lib/i18n/leftovers'
import { DEMO_ACCOUNT } from '../lib/devnet/demo-network'
import { expect, test } from './support/fixtures'
import { catalogue, EN } from './support/catalogue'
import { connectTestWallet, SITE_PAGES, type SitePage } from './support/site-pages'

const en = EN
const ENGLISH = untranslatedFragments(en as Catalogue, catalogue('de') as Catalogue)
const GERMAN_TEXT = JSON.stringify(catalogue('de'))
const ENGLISH_TEXT = JSON.stringify(en)

/** What a reader (or a screen reader) gets from the page: its text, its title and the labels on its elements. */
function readableText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts = [document.title, document.body.innerText]
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) parts.push(element.getAttribute(name) ?? '')
    }
    return parts.join('\n')
  })
}

async function expectGerman(page: Page, row: SitePage): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
  await row.ready?.(page)
  expect(fragmentsIn(await readableText(page), ENGLISH), `English on ${row.name} (${row.path}) in German`).toEqual([])
}

test('the catalogue check knows English when it sees it', () => {
  // The check itself must be able to fail: these are sentences the English console shows.
  expect(fragmentsIn(`${en.provider.connectTitle}\n${en.provider.title}`, ENGLISH)).toEqual([en.provider.connectTitle, en.provider.title])
})

test.describe('by the browser’s language', () => {
  test.use({ locale: 'de-DE' })

  for (const row of SITE_PAGES) {
    test.describe(row.name, () => {
      if (row.account !== undefined) test.use({ walletAccount: row.account })

      test(`${row.path} is in German`, async ({ page }) => {
        await page.goto(row.path)
        if (row.account !== undefined) await connectTestWallet(page)
        await expectGerman(page, row)
      })
    })
  }
})

test.describe('by the language switcher', () => {
  for (const row of SITE_PAGES) {
    test.describe(row.name, () => {
      if (row.account !== undefined) test.use({ walletAccount: row.account })

      test(`${row.path} turns German when “Deutsch” is chosen, and stays German after a reload`, async ({ page }) => {
        await page.goto(row.path)
        await expect(page.locator('html')).toHaveAttribute('lang', 'en')
        if (row.account !== undefined) await connectTestWallet(page)
        const englishTitle = await page.title()
        await page.getByTestId('language-switcher').getByRole('button', { name: 'Deutsch' }).click()
        await expectGerman(page, row)
        // A title from the catalogue changes, unless it is the same word in German ("Registry"); a service's own
        // name stays what the provider wrote. The title's words are checked with the page's text in expectGerman.
        const head = JSON.stringify(englishTitle.split(' · ')[0])
        if (ENGLISH_TEXT.includes(head) && !GERMAN_TEXT.includes(head)) await expect(page).not.toHaveTitle(englishTitle)
        await page.reload()
        await expectGerman(page, row)
      })
    })
  }
})

test.describe('numbers the German way', () => {
  test.use({ locale: 'de-DE', walletAccount: DEMO_ACCOUNT.DE_HUB })

  test('the provider console writes 2.000, not 2,000', async ({ page }) => {
    await page.goto('/provider')
    await connectTestWallet(page)
    await expect(page.getByTestId('manifest-editor')).toContainText('Höchstens 2.000 Zeichen.')
    await expect(page.getByTestId('manifest-editor')).not.toContainText('2,000')
  })
})
