import type { BrowserContext } from '@playwright/test'

/** Prefix of the console line the page's listener writes for each violation event. */
const EVENT_PREFIX = 'securitypolicyviolation:'

/** Runs in every document of the context: turns each CSP violation event into a console line. */
function reportViolations(prefix: string) {
  document.addEventListener('securitypolicyviolation', (event) => {
    console.error(`${prefix} ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} on ${event.documentURI}`)
  })
}

export type CspRecorder = {
  /** The violations seen so far, which then no longer fail the test: for tests that provoke one on purpose. */
  take(): string[]
}

/**
 * Records every CSP violation in the context's pages: the events the documents fire and Chromium's own console
 * reports (which also cover refusals that fire no event in the page).
 */
export async function recordCspViolations(context: BrowserContext): Promise<{ recorder: CspRecorder; seen: () => string[] }> {
  let seen: string[] = []
  await context.addInitScript(reportViolations, EVENT_PREFIX)
  context.on('console', (message) => {
    const text = message.text()
    if (text.startsWith(EVENT_PREFIX) || /Content[ -]Security[ -]Policy/i.test(text)) seen.push(text)
  })
  const recorder = {
    take() {
      const taken = seen
      seen = []
      return taken
    },
  }
  return { recorder, seen: () => seen }
}
