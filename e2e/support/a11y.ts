import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

// WCAG 2.0, 2.1 and 2.2, levels A and AA: what the issue asks for (issue 14).
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

export type Scheme = 'light' | 'dark'
export const DESKTOP = { width: 1280, height: 800 }
export const PHONE = { width: 390, height: 844 }

/** The page as a visitor on that device and colour scheme sees it (dark mode follows the system setting). */
export async function viewAs(page: Page, scheme: Scheme, size: { width: number; height: number }): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme })
  await page.setViewportSize(size)
}

/** Every serious or critical axe-core violation on the page as it is now, each naming its rule and elements. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze()
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  return serious.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.slice(0, 5).map((n) => `  ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1, 2).join('')}`).join('\n')}${v.nodes.length > 5 ? `\n  …and ${v.nodes.length - 5} more` : ''}`)
}

/** Fails on any serious or critical axe-core violation, naming each rule and the elements it found. */
export async function expectNoSeriousViolations(page: Page, where: string): Promise<void> {
  const report = await seriousViolations(page)
  expect(report.length, `${where}:\n${report.join('\n')}`).toBe(0)
}
