// The app's catalog in Chromium (Debian's, with the flags the e2e tests use): time to paint, long tasks, and
// per-keystroke search latency. "Painted" is the browser's own paint time of the result count and the first
// service card (Element Timing); "usable" is when Playwright sees both, which waits for the page's scripts too.
import { type Browser, type BrowserContext, chromium, type Page } from '@playwright/test'
import playwrightConfig from '../../playwright.config'
import { mentionsCount } from './stats'

const PAINT_BUDGET_MS = 180_000
/** After this long without a change the keystroke counts as one that did not change the results. */
export const RESULTS_WAIT_MS = 5_000
/** The bulk seed's names are "<brand> <offer>": each prefix narrows the results, then the set settles. */
export const SEARCH_QUERY = 'Fjordcharge Grid'

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch(playwrightConfig.use?.launchOptions)
}

/** Milliseconds from navigation: painted by the browser, and seen by Playwright (after the page's scripts ran). */
export type ViewTiming = { paintedMs: number; usableMs: number }

/** The elements the catalog marks with `elementtiming`: its result count and each card's service name. */
const PAINT_MARKS = ['catalog-count', 'service-name']
/** How long the page may take to hand over its buffered paint entries once both elements are visible. */
const PAINT_ENTRIES_WAIT_MS = 2_000

/**
 * Evaluated in the page (a string: tsx's helpers do not exist there): the first render time of each mark, from
 * the document's time origin (navigation start), as the browser painted it.
 */
const FIRST_PAINTS = `new Promise((resolve) => {
  const marks = ${JSON.stringify(PAINT_MARKS)}
  const first = {}
  const done = () => { observer.disconnect(); resolve(first) }
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!(entry.identifier in first)) first[entry.identifier] = entry.renderTime || entry.loadTime
    if (marks.every((mark) => mark in first)) done()
  })
  observer.observe({ type: 'element', buffered: true })
  setTimeout(done, ${PAINT_ENTRIES_WAIT_MS})
})`

/** Opens `url` and waits until the catalog is painted and visible to Playwright; both times from navigation. */
export async function paintCatalog(page: Page, url: string, expectedServices: number): Promise<ViewTiming> {
  const started = performance.now()
  await page.goto(url, { waitUntil: 'commit', timeout: PAINT_BUDGET_MS })
  const count = page.getByTestId('result-count')
  await Promise.all([
    count.waitFor({ state: 'visible', timeout: PAINT_BUDGET_MS }),
    page.getByTestId('service-card').first().waitFor({ state: 'visible', timeout: PAINT_BUDGET_MS }),
  ])
  const usableMs = performance.now() - started
  // A fast page that shows the wrong catalog (an error, a stale read) must not pass as a fast one.
  const text = (await count.textContent()) ?? ''
  if (!mentionsCount(text, expectedServices)) throw new Error(`the catalog said "${text.trim()}", expected ${expectedServices} services`)
  const paints = (await page.evaluate(FIRST_PAINTS)) as Record<string, number>
  const missing = PAINT_MARKS.filter((mark) => !(paints[mark] > 0))
  if (missing.length) throw new Error(`the browser reported no paint of ${missing.join(' and ')} (elementtiming)`)
  return { paintedMs: Math.max(...PAINT_MARKS.map((mark) => paints[mark])), usableMs }
}

/** One view in its own page of `context`, closed afterwards whatever happens. */
export async function timedView(context: BrowserContext, url: string, expectedServices: number): Promise<ViewTiming> {
  const page = await context.newPage()
  try {
    return await paintCatalog(page, url, expectedServices)
  } finally {
    await page.close()
  }
}

type Probe = {
  longTasks: number[]
  keyAt: number | null
  inputAt: number | null
  resultsAt: number | null
  settled: boolean
}

declare global {
  interface Window {
    __benchProbe: Probe
    __benchArm: () => void
  }
}

/** Runs in the page before its own scripts: records long tasks from the start, and times one keystroke at a time. */
function installProbe(resultsWaitMs: number) {
  const probe: Probe = { longTasks: [], keyAt: null, inputAt: null, resultsAt: null, settled: true }
  window.__benchProbe = probe
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push(entry.duration)
  }).observe({ type: 'longtask', buffered: true })

  const signature = () => {
    const cards = document.querySelectorAll('[data-testid="service-card"]')
    const count = document.querySelector('[data-testid="result-count"]')?.textContent ?? ''
    return `${count}|${cards.length}|${cards[0]?.getAttribute('data-provider')}|${cards[cards.length - 1]?.getAttribute('data-provider')}`
  }
  // A frame after the change has been committed: rAF runs before that frame paints, the timeout after it.
  const afterNextPaint = (record: (at: number) => void) => requestAnimationFrame(() => setTimeout(() => record(performance.now()), 0))

  window.__benchArm = () => {
    const before = signature()
    Object.assign(probe, { keyAt: null, inputAt: null, resultsAt: null, settled: false })
    document.addEventListener('keydown', (event) => (probe.keyAt = event.timeStamp), { capture: true, once: true })
    document.addEventListener('input', () => afterNextPaint((at) => (probe.inputAt = at)), { capture: true, once: true })
    const watch = () => {
      if (probe.keyAt !== null && signature() !== before) return afterNextPaint((at) => Object.assign(probe, { resultsAt: at, settled: true }))
      if (probe.keyAt !== null && performance.now() - probe.keyAt > resultsWaitMs) return void (probe.settled = true)
      requestAnimationFrame(watch)
    }
    requestAnimationFrame(watch)
  }
}

export type TypingResult = { longTasksMs: number[]; keyToInputMs: number[]; keyToResultsMs: number[]; searchReadyMs: number | null; unchanged: number }

/** How long the search box waits for the catalog's client index before the keys are typed anyway (server renders). */
export const SEARCH_READY_WAIT_MS = 60_000

/** Paints the catalog, then types the query one key at a time, each once the previous one has settled. */
export async function measureTyping(context: BrowserContext, url: string, expectedServices: number, query = SEARCH_QUERY): Promise<TypingResult> {
  const page = await context.newPage()
  try {
    // tsx compiles with esbuild's keepNames, which wraps named functions in a `__name` helper; the page has none.
    await page.addInitScript({ content: 'globalThis.__name = (target) => target' })
    await page.addInitScript(installProbe, RESULTS_WAIT_MS)
    await paintCatalog(page, url, expectedServices)
    const search = page.getByLabel('Search', { exact: true })
    const focusedAt = performance.now()
    await search.click()
    // Focus fetches the catalog's client index; the keys are timed once search runs in the browser.
    const searchReadyMs = await page
      .locator('[data-search-runs-in="browser"]')
      .waitFor({ timeout: SEARCH_READY_WAIT_MS })
      .then(() => performance.now() - focusedAt, () => null)
    const result: TypingResult = { longTasksMs: [], keyToInputMs: [], keyToResultsMs: [], searchReadyMs, unchanged: 0 }
    for (const key of query) {
      await page.evaluate(() => window.__benchArm())
      await page.keyboard.press(key === ' ' ? 'Space' : key)
      await page.waitForFunction(() => window.__benchProbe.settled && window.__benchProbe.inputAt !== null, undefined, { timeout: RESULTS_WAIT_MS * 4 })
      const probe = await page.evaluate(() => window.__benchProbe)
      const keyAt = probe.keyAt ?? Number.NaN
      result.keyToInputMs.push((probe.inputAt ?? Number.NaN) - keyAt)
      if (probe.resultsAt === null) result.unchanged += 1
      else result.keyToResultsMs.push(probe.resultsAt - keyAt)
    }
    // Typing is over; let a last debounced update land before reading the long tasks.
    await page.waitForTimeout(1_000)
    result.longTasksMs = await page.evaluate(() => window.__benchProbe.longTasks)
    const typed = await search.inputValue()
    if (typed !== query) throw new Error(`the search box holds "${typed}" after typing "${query}"`)
    return result
  } finally {
    await page.close()
  }
}
