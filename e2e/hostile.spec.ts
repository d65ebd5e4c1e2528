import { HOSTILE_NODE_DOMAIN, seedHostileData } from '../lib/devnet/hostile'
import { E2E_CHAIN_URL } from './support/chain'
import { expect, test } from './support/fixtures'
import type { Page } from '@playwright/test'

declare global {
  interface Window {
    __pwned?: number
  }
}

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
  for (const href of hrefs) expect(href).toMatch(/^(\/|https?:\/\/)/)
}

test('hostile on-chain records render inert in the catalog', async ({ page }) => {
  const hostile = await seedHostileData(E2E_CHAIN_URL)
  const noScriptRan = await watchForExecution(page)
  await page.goto('/services')
  await expect(page.getByTestId('service-card').first()).toBeVisible()

  // Markup in names is shown as text.
  await expect(page.locator(`[data-provider="${hostile.providers.scriptTag}"]`).getByTestId('service-name')).toHaveText('<script>window.__pwned=1</script>')
  await expect(page.locator(`[data-provider="${hostile.providers.imgOnerror}"]`).getByTestId('service-name')).toHaveText('<img src=x onerror="window.__pwned=1">')
  await expect(page.locator('main img')).toHaveCount(0)

  // javascript: and data: URLs are not links.
  await expect(page.locator(`[data-provider="${hostile.providers.scriptTag}"]`)).toContainText('javascript:alert(document.cookie)not a web link')
  await expectOnlyWebLinks(page)
  await expect(page.getByText('not a web link').first()).toBeVisible()

  // The 10,000-character name is cut, with the whole value one click away.
  const long = page.locator(`[data-provider="${hostile.providers.longText}"]`)
  const title = await long.getByTestId('service-name').innerText()
  expect(title.length).toBeLessThan(120)
  await long.getByText(/Show all 10,000 characters/).first().click()
  await expect(long.locator('details[open]')).toContainText('Certified Roaming Billing')

  // Hidden characters are made visible and flagged.
  const spoof = page.locator(`[data-provider="${hostile.providers.bidiSpoof}"]`)
  await expect(spoof.getByTestId('service-name')).toContainText('⟨U+202E⟩')
  await expect(spoof).toContainText('hidden characters')

  // Unknown permission values are shown as unknown, never guessed.
  const unknown = page.locator(`[data-provider="${hostile.providers.unknownPermissions}"]`)
  await expect(unknown.getByTestId('permission-chip')).toContainText(['CDRs · receiver', 'Unknown permission #17', 'Unknown permission #115792'])

  // The duplicated provider appears once; the provider whose party was deleted is flagged.
  await expect(page.locator(`[data-provider="${hostile.providers.duplicate}"]`)).toHaveCount(1)
  await expect(page.locator(`[data-provider="${hostile.providers.deletedParty}"]`)).toContainText('no longer listed in the Registry')

  await noScriptRan()
})

test('hostile records render inert on service, party and registry pages', async ({ page }) => {
  const hostile = await seedHostileData(E2E_CHAIN_URL)
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
