/**
 * WCAG 2.2 AA on every page (issue 14): axe-core finds no serious or critical violation in light and dark, at
 * 1,280 and 390 px, on each page as loaded and with each of its dialogs open. The pages and dialogs are the rows of
 * e2e/support/site-pages.ts; every variant is checked and all findings reported at once (soft), per page.
 */
import type { Page } from '@playwright/test'
import { DESKTOP, PHONE, type Scheme, seriousViolations, viewAs } from './support/a11y'
import { expect, test } from './support/fixtures'
import { connectTestWallet, type DialogOpener, SITE_PAGES, type SitePage } from './support/site-pages'

const VARIANTS = [
  { scheme: 'light', size: DESKTOP, label: 'light, 1280 px' },
  { scheme: 'dark', size: DESKTOP, label: 'dark, 1280 px' },
  { scheme: 'light', size: PHONE, label: 'light, 390 px' },
  { scheme: 'dark', size: PHONE, label: 'dark, 390 px' },
] as const satisfies readonly { scheme: Scheme; size: typeof DESKTOP; label: string }[]

/** Loads the page; the wallet is connected on the first visit and stays connected across reloads (its cookie). */
async function open(page: Page, row: SitePage, { connect }: { connect: boolean }): Promise<void> {
  await page.goto(row.path)
  if (connect && row.account !== undefined) await connectTestWallet(page)
  await row.ready?.(page)
}

/** Checks the page as it stands in each variant; a dialog is opened afresh at each size (phones lay it out anew). */
async function checkVariants(page: Page, row: SitePage, dialog?: DialogOpener): Promise<void> {
  let visits = 0
  for (const variant of VARIANTS) {
    if (dialog?.phoneOnly && variant.size !== PHONE) continue
    await viewAs(page, variant.scheme, variant.size)
    if (dialog && variant.scheme === 'light') {
      await open(page, row, { connect: visits++ === 0 })
      await dialog.open(page)
    }
    const where = `${row.name}${dialog ? ` with the ${dialog.name} open` : ''} (${variant.label})`
    expect.soft(await seriousViolations(page), where).toEqual([])
  }
}

for (const row of SITE_PAGES) {
  test.describe(row.name, () => {
    if (row.account !== undefined) test.use({ walletAccount: row.account })

    test(`${row.path}: no serious violation in light and dark, desktop and phone`, async ({ page }) => {
      // Four axe runs over a full page: above the 30 s default on a loaded machine.
      test.setTimeout(120_000)
      await open(page, row, { connect: true })
      await checkVariants(page, row)
    })

    for (const dialog of row.dialogs ?? []) {
      test(`${row.path} with the ${dialog.name} open`, async ({ page }) => {
        test.setTimeout(120_000)
        await checkVariants(page, row, dialog)
      })
    }
  })
}
