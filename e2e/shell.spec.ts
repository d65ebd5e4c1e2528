import type { Page } from '@playwright/test'
import { E2E_FAULT_APP_URL } from './support/chain'
import { DESKTOP, expectNoSeriousViolations, PHONE, type Scheme, viewAs } from './support/a11y'
import { expect, test } from './support/fixtures'
import { connectWallet } from './support/wallet'

// The local deployment's network, as the switcher names it.
const NETWORK = 'Local OCN network'

/** The element that has keyboard focus, by test id or id, for messages that say where focus went. */
const focused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.id ?? document.activeElement?.tagName)

test('the skip link is the first stop of the keyboard and moves focus into the page', async ({ page }) => {
  for (const path of ['/', '/services']) {
    await page.goto(path)
    await page.keyboard.press('Tab')
    const skip = page.getByTestId('skip-link')
    await expect(skip).toBeFocused()
    await expect(skip).toHaveText('Skip to content')
    await expect(skip).toHaveAttribute('href', '#main')
    // Visible while focused (it is hidden until then).
    const box = await skip.boundingBox()
    expect(box?.width).toBeGreaterThan(40)
    expect(box?.height).toBeGreaterThan(16)

    await page.keyboard.press('Enter')
    await expect(page.locator('main#main')).toBeFocused()
    // The next Tab continues inside the page, not in the header.
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => !!document.activeElement?.closest('main')), `after Tab, focus is on ${await focused(page)}`).toBe(true)
  }
})

test('the skip link speaks German to a German browser', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'de-DE', extraHTTPHeaders: { 'accept-language': 'de-DE,de;q=0.9' } })
  const page = await context.newPage()
  await page.goto('/')
  await page.keyboard.press('Tab')
  await expect(page.getByTestId('skip-link')).toHaveText('Zum Inhalt springen')
  await expect(page.getByTestId('network-switcher')).toContainText(`Netzwerk: ${NETWORK}`)
  await context.close()
})

test('after connecting focus is on the account; closing the dialog returns focus to Connect', async ({ page }) => {
  await page.goto('/')
  const connect = page.getByRole('button', { name: 'Connect wallet' })
  const dialog = page.getByRole('dialog', { name: 'Connect a wallet' })

  await connect.click()
  await expect(dialog).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(connect).toBeFocused()

  await connect.click()
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  await expect(connect).toBeFocused()

  await connectWallet(page)
  const account = page.getByTestId('account-button')
  await expect(account).toBeFocused()
  // The whole address is one press away, not in a tooltip; Escape folds it and keeps focus.
  await page.keyboard.press('Enter')
  await expect(account).toHaveAttribute('aria-expanded', 'true')
  await expect(page.getByText('Full address: 0x14dC79964da2C08b23698B3D3cc7Ca32193d9955')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(account).toHaveAttribute('aria-expanded', 'false')
  await expect(account).toBeFocused()
})

test('on a phone the header is one short line with a menu that opens, closes on Escape and on navigation', async ({ page }) => {
  await viewAs(page, 'light', PHONE)
  await page.goto('/')
  const header = page.locator('header').first()
  const menu = page.getByTestId('menu-button')
  const nav = page.getByRole('navigation', { name: 'Main' })
  await expect(menu).toBeVisible()
  await expect(page.getByRole('button', { name: 'Connect wallet' })).toBeVisible()
  await expect(nav).toBeHidden()
  await expect(page.getByTestId('network-switcher')).toBeHidden()
  // Site name (at most two lines), Connect and the menu: no wall of links above the page.
  expect((await header.boundingBox())!.height).toBeLessThanOrEqual(72)
  await expect(menu).toHaveAttribute('aria-expanded', 'false')
  const panel = page.locator(`#${await menu.getAttribute('aria-controls')}`)

  await menu.click()
  await expect(menu).toHaveAttribute('aria-expanded', 'true')
  await expect(panel).toBeVisible()
  await expect(nav.getByRole('link', { name: 'Services' })).toBeVisible()
  await expect(page.getByTestId('network-switcher')).toBeVisible()
  await expect(page.getByTestId('language-switcher')).toBeVisible()

  await page.keyboard.press('Escape')
  await expect(panel).toBeHidden()
  await expect(menu).toHaveAttribute('aria-expanded', 'false')
  await expect(menu).toBeFocused()

  await menu.click()
  await nav.getByRole('link', { name: 'Services' }).click()
  await expect(page).toHaveURL(/\/services$/)
  await expect(panel).toBeHidden()

  // Connected on a phone: still one short line, the account holding its whole address and Disconnect.
  await connectWallet(page)
  const account = page.getByTestId('account-button')
  await expect(account).toBeVisible()
  expect((await header.boundingBox())!.height).toBeLessThanOrEqual(72)
  await account.click()
  await expect(page.getByText('Full address: 0x14dC79964da2C08b23698B3D3cc7Ca32193d9955')).toBeInViewport()
  await page.getByRole('button', { name: 'Disconnect' }).click()
  await expect(page.getByRole('button', { name: 'Connect wallet' })).toBeVisible()
})

test('on a desktop the header is one line and has no menu button', async ({ page }) => {
  await viewAs(page, 'light', DESKTOP)
  await page.goto('/services')
  await expect(page.getByTestId('menu-button')).toBeHidden()
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
  const line = async () => {
    const boxes = await Promise.all(
      [page.getByRole('link', { name: 'OCN Service Marketplace' }), page.getByTestId('network-switcher'), page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My identity' })].map((l) => l.boundingBox()),
    )
    return boxes.map((b) => Math.round(b!.y + b!.height / 2))
  }
  const centres = await line()
  expect(Math.max(...centres) - Math.min(...centres), `vertical centres ${centres.join(', ')}`).toBeLessThanOrEqual(6)
  await connectWallet(page)
  await expect(page.getByTestId('account-identity')).toBeVisible()
  const connected = await line()
  expect(Math.max(...connected) - Math.min(...connected), `vertical centres ${connected.join(', ')}`).toBeLessThanOrEqual(6)
})

test('the network switcher says it is the network switcher and what each choice reads', async ({ page }) => {
  await page.goto('/')
  const switcher = page.getByTestId('network-switcher')
  await expect(switcher).toContainText(`Network: ${NETWORK}`)
  // Its accessible name starts with what a sighted user reads (WCAG 2.5.3), and says what it does.
  await expect(switcher).toHaveAccessibleName(new RegExp(`^Network: ${NETWORK}.*change network`))
  await expect(switcher).toHaveAttribute('aria-haspopup', 'dialog')
  await switcher.click()
  const dialog = page.getByRole('dialog', { name: 'Choose a network' })
  await expect(dialog.getByTestId('network-current')).toContainText(`${NETWORK} (local demo), chain id 31337, RPC http://`)
  // What a preset selects is written beside it.
  await expect(dialog.getByText('chain id 73799, RPC https://')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(switcher).toBeFocused()
})

test.describe('on an unreachable network', () => {
  test.use({ baseURL: E2E_FAULT_APP_URL })

  test('the error offers to switch network beside Try again', async ({ page, faultProxy }) => {
    faultProxy.set({ kind: 'down' })
    for (const path of ['/services', '/']) {
      await page.goto(path)
      const error = page.getByTestId('read-error')
      await expect(error).toContainText("The network's RPC did not answer")
      await expect(error.getByRole('button', { name: 'Try again' })).toBeVisible()
      const offer = error.getByRole('button', { name: 'Switch network' })
      await offer.click()
      const dialog = page.getByRole('dialog', { name: 'Choose a network' })
      await expect(dialog).toBeVisible()
      await expect(dialog.getByRole('radio').first()).toBeChecked()
      await page.keyboard.press('Escape')
      await expect(dialog).toBeHidden()
      await expect(offer).toBeFocused()
    }
    // On a phone too, where the switcher itself sits in the closed menu.
    await viewAs(page, 'light', PHONE)
    await page.goto('/services')
    await page.getByTestId('read-error').getByRole('button', { name: 'Switch network' }).click()
    await expect(page.getByRole('dialog', { name: 'Choose a network' })).toBeVisible()
    await expectNoSeriousViolations(page, '/services, unreachable, switcher open from the error (phone)')
  })
})

for (const scheme of ['light', 'dark'] as Scheme[]) {
  for (const path of ['/', '/services']) {
    test(`axe: ${path} in ${scheme}, desktop and phone, with the connect dialog, the network switcher and the phone menu open`, async ({ page }) => {
      test.setTimeout(90_000)
      for (const [size, device] of [
        [DESKTOP, 'desktop'],
        [PHONE, 'phone'],
      ] as const) {
        const where = `${path} ${scheme} ${device}`
        await viewAs(page, scheme, size)
        await page.goto(path)
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
        await expectNoSeriousViolations(page, where)

        await page.getByRole('button', { name: 'Connect wallet' }).click()
        await expect(page.getByRole('dialog', { name: 'Connect a wallet' })).toBeVisible()
        await expectNoSeriousViolations(page, `${where}, connect dialog`)
        await page.keyboard.press('Escape')

        if (device === 'phone') {
          await page.getByTestId('menu-button').click()
          await expect(page.getByTestId('network-switcher')).toBeVisible()
          await expectNoSeriousViolations(page, `${where}, menu open`)
        }
        await page.getByTestId('network-switcher').click()
        await expect(page.getByRole('dialog', { name: 'Choose a network' })).toBeVisible()
        await expectNoSeriousViolations(page, `${where}, network switcher`)
        await page.keyboard.press('Escape')
      }
    })
  }
}
