import { expect, type Page } from '@playwright/test'

/**
 * What a visitor must never read: stack frames, transport errors, socket codes or the addresses behind them
 * (error text that names hosts and ports would make the page a probe of whatever an RPC URL points at).
 */
export async function expectNoInternals(page: Page): Promise<void> {
  const text = await page.locator('body').innerText()
  expect(text).not.toMatch(/\bat [\w.$<>]+ \(|ECONNREFUSED|ECONNRESET|socket hang up|fetch failed|Failed to fetch|TypeError|HttpRequestError|127\.0\.0\.1|Details:/)
}
