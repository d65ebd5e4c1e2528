/**
 * What "hostile data cannot break a page" means, measured in the browser: no error reported while the page
 * loads and hydrates (production React reports hydration mismatches as minified errors #418, #423 and #425),
 * and no horizontal scrolling at a phone's and a laptop's width.
 */
import { expect, type Page } from '@playwright/test'

export const PHONE_WIDTH = 390
export const LAPTOP_WIDTH = 1_280

/** Collects every console error and uncaught exception of the page from now on. */
export function collectPageErrors(page: Page): () => string[] {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`)
  })
  page.on('pageerror', (error) => errors.push(`exception: ${error.message}`))
  return () => [...errors]
}

/**
 * Resolves once React has hydrated every element of the header and main: hydration (or the client render
 * that replaces a mismatched tree) attaches a fiber to each element it owns, and a mismatch is reported
 * before that render completes.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    // Not the hidden field React writes into a server-action form (the language switcher) for browsers without
    // JavaScript: React never hydrates it.
    const owned = [...document.querySelectorAll('header, header *, main, main *')].filter((element) => !element.matches('input[type="hidden"][name^="$ACTION_"]'))
    return owned.length > 0 && owned.every((element) => Object.keys(element).some((key) => key.startsWith('__reactFiber$')))
  })
}

type Overflow = { scrollWidth: number; clientWidth: number; culprits: string[] }

/** The page's scroll width, and the innermost elements reaching past the viewport, to say what to fix. */
function measureOverflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const root = document.scrollingElement!
    const culprits = [...document.body.querySelectorAll('*')]
      .filter((element) => element.getBoundingClientRect().right > root.clientWidth + 1)
      .filter((element) => ![...element.children].some((child) => child.getBoundingClientRect().right > root.clientWidth + 1))
      .slice(0, 5)
      .map((element) => `<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}">${(element.textContent ?? '').slice(0, 60)}`)
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, culprits }
  })
}

/** Resizes the loaded page to each width in turn (CSS reflows; no reload needed) and checks it never scrolls sideways. */
export async function expectNoHorizontalScroll(page: Page, widths: readonly number[] = [PHONE_WIDTH, LAPTOP_WIDTH]): Promise<void> {
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 })
    const overflow = await measureOverflow(page)
    expect(overflow.scrollWidth, `scrolls sideways at ${width} px; widest elements: ${overflow.culprits.join(' | ')}`).toBeLessThanOrEqual(
      overflow.clientWidth,
    )
  }
}

export async function pageHeight(page: Page, width: number): Promise<number> {
  await page.setViewportSize({ width, height: 900 })
  return page.evaluate(() => document.scrollingElement!.scrollHeight)
}
