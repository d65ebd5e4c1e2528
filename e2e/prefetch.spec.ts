import type { Page } from '@playwright/test'
import { E2E_FAULT_APP_URL } from './support/chain'
import { expect, test } from './support/fixtures'
import type { FaultProxy } from './support/fault-proxy'

// The fault app reads the chain through the proxy, so every server-side JSON-RPC request can be counted.
test.use({ baseURL: E2E_FAULT_APP_URL })

/** JSON-RPC HTTP requests the app's server sent (a browser's carry an Origin; the server's fetch sends none). */
function serverRequests(proxy: FaultProxy): number {
  return proxy.requests().filter((r) => r.origin === null).length
}

function serverEthCalls(proxy: FaultProxy): number {
  return proxy.requests().filter((r) => r.origin === null).flatMap((r) => r.methods).filter((m) => m === 'eth_call').length
}

/** Paths the browser prefetched: Next sends these RSC requests with a `next-router-prefetch` header. */
function recordPrefetches(page: Page): string[] {
  const paths: string[] = []
  page.on('request', (request) => {
    if (request.headers()['next-router-prefetch']) paths.push(new URL(request.url()).pathname)
  })
  return paths
}

/** Scrolls to the bottom a screen at a time, so every link passes through the viewport, then lets prefetches settle. */
async function scrollThrough(page: Page): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight)
  for (let y = 0; y < height; y += 300) {
    await page.mouse.wheel(0, 300)
    await page.waitForTimeout(100)
  }
  await page.waitForLoadState('networkidle')
  // Next schedules viewport prefetches in idle time: give a late one the chance to show up before counting.
  await page.waitForTimeout(1_000)
  await page.waitForLoadState('networkidle')
}

test('viewing and scrolling the catalog costs the server one render of its reads, no more', async ({ page, request, faultProxy }) => {
  // One render's worth: the page fetched on its own, with no browser to prefetch anything.
  expect((await request.get('/services')).status()).toBe(200)
  const oneRender = serverRequests(faultProxy)
  const oneRenderCalls = serverEthCalls(faultProxy)
  expect(oneRender).toBeGreaterThan(0)
  faultProxy.clearRequests()

  const prefetched = recordPrefetches(page)
  await page.setViewportSize({ width: 1280, height: 500 })
  await page.goto('/services')
  await expect(page.getByTestId('service-card')).toHaveCount(5)
  await scrollThrough(page)

  const seen = serverRequests(faultProxy)
  console.log(
    `server JSON-RPC requests (eth_calls): one render ${oneRender} (${oneRenderCalls}), view and scroll ${seen} (${serverEthCalls(faultProxy)}); ` +
      `prefetched: ${prefetched.join(' ') || 'nothing'}`,
  )
  // With the shared read cache a later view may cost less than the first render, never more.
  expect(seen, `prefetched: ${prefetched.join(' ')}`).toBeLessThanOrEqual(oneRender)
})

test('links without prefetch still navigate: a service, its provider, and the nav', async ({ page, faultProxy }) => {
  await page.goto('/services')
  await expect(page.getByTestId('service-card')).toHaveCount(5)
  faultProxy.clearRequests()
  const billing = page.getByTestId('service-card').filter({ hasText: 'Roaming Billing' })
  await billing.getByTestId('service-name').click()
  await expect(page).toHaveURL(/\/services\/0x[0-9a-fA-F]{40}$/)
  await expect(page.getByTestId('service-title')).toHaveText('Roaming Billing & Invoicing')
  // Nothing was prefetched, so the server read the service when it was asked for.
  expect(serverRequests(faultProxy)).toBeGreaterThan(0)

  await page.goBack()
  await expect(page.getByTestId('service-card')).toHaveCount(5)
  await page.getByTestId('service-card').filter({ hasText: 'Roaming Billing' }).getByTestId('provider-credentials').click()
  await expect(page).toHaveURL(/\/parties\/0x[0-9a-fA-F]{40}$/)
  await expect(page.getByTestId('party-title')).toHaveText('DE*BIL')

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Registry' }).click()
  await expect(page).toHaveURL(/\/registry$/)
  await expect(page.getByTestId('party-count')).toHaveText('13 parties')
})
