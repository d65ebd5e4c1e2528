import { createServer, type Server } from 'node:http'
import type { APIResponse } from '@playwright/test'
import { LOCAL_PERMISSIONS, LOCAL_REGISTRY } from '../lib/chain/networks'
import { anvilAddress } from '../lib/devnet/accounts'
import { logoPath } from '../lib/manifest/types'
import { E2E_APP_URL, E2E_CHAIN_URL } from './support/chain'
import { expect, test } from './support/fixtures'

const SMART_CHARGING = anvilAddress(12)
const DE_MSP = anvilAddress(7)

const ROUTES = [
  '/',
  '/services',
  `/services/${SMART_CHARGING}`,
  '/registry',
  `/parties/${DE_MSP}`,
  '/parties/DE-MSP',
  '/agreements',
  '/identity',
  '/provider',
  '/relay',
]

function nonceOf(csp: string): string {
  const match = /'nonce-([^']+)'/.exec(csp)
  if (!match) throw new Error(`No nonce in the policy: ${csp}`)
  return match[1]
}

function expectSecurityHeaders(response: APIResponse, what: string) {
  const headers = response.headers()
  const csp = headers['content-security-policy'] ?? ''
  const directives = new Map(csp.split(/;\s*/).map((d) => [d.split(' ')[0], d.split(' ').slice(1)]))
  expect(directives.get('frame-ancestors'), what).toEqual(["'none'"])
  expect(directives.get('object-src'), what).toEqual(["'none'"])
  expect(directives.get('base-uri'), what).toEqual(["'self'"])
  expect(directives.get('form-action'), what).toEqual(["'self'"])
  expect(directives.get('script-src'), what).toEqual(["'self'", `'nonce-${nonceOf(csp)}'`, "'strict-dynamic'"])
  expect(directives.get('connect-src')?.[0], what).toBe("'self'")
  expect(csp, what).not.toMatch(/unsafe-eval|\*/)
  expect(headers['x-frame-options'], what).toBe('DENY')
  expect(headers['x-content-type-options'], what).toBe('nosniff')
  expect(headers['referrer-policy'], what).toMatch(/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/)
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) expect(headers['permissions-policy'], what).toContain(`${feature}=()`)
  // Served over plain http here: no HSTS.
  expect(headers['strict-transport-security'], what).toBeUndefined()
}

test('every route, a 404, an RSC request and a static asset carry the security headers', async ({ request }) => {
  for (const route of ROUTES) {
    const response = await request.get(route)
    expect(response.status(), route).toBe(200)
    expectSecurityHeaders(response, route)
  }
  const missing = await request.get('/no-such-page')
  expect(missing.status()).toBe(404)
  expectSecurityHeaders(missing, '404')

  const rsc = await request.get('/services', { headers: { RSC: '1' } })
  expect(rsc.headers()['content-type']).toContain('text/x-component')
  expectSecurityHeaders(rsc, 'RSC request')

  const html = await (await request.get('/services')).text()
  const asset = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1]
  expect(asset).toBeDefined()
  const script = await request.get(asset!)
  expect(script.status()).toBe(200)
  expectSecurityHeaders(script, asset!)
})

test('a provider logo is served under a policy that lets nothing load or run; the manifest check answers bad input in words', async ({ request }) => {
  const logo = await request.get(logoPath('A'.repeat(43)))
  expect(logo.status()).toBe(404)
  expect(logo.headers()['content-security-policy']).toBe("default-src 'none'; sandbox")
  expect(logo.headers()['x-content-type-options']).toBe('nosniff')
  expect(logo.headers()['x-frame-options']).toBe('DENY')
  const bad = await request.get('/api/manifests/check?url=javascript:alert(1)')
  expect(bad.status()).toBe(400)
  expect(await bad.json()).toEqual({ error: 'Only http(s) URLs have a manifest to check.' })
})

test('HSTS is sent when the request came over https', async ({ request }) => {
  const response = await request.get('/services', { headers: { 'x-forwarded-proto': 'https' } })
  expect(response.headers()['strict-transport-security']).toMatch(/^max-age=\d{8,}/)
})

test('the connect-src allows the RPCs the app talks to and no other', async ({ request }) => {
  const csp = (await request.get('/services')).headers()['content-security-policy']
  const connect = /connect-src ([^;]+)/.exec(csp)?.[1].split(' ')
  expect(connect).toEqual(["'self'", E2E_CHAIN_URL, 'https://volta-rpc.energyweb.org', 'https://rpc.energyweb.org'])
})

test("every script on a page carries the response's nonce, and the nonce is new for every request", async ({ page, request }) => {
  const nonces: string[] = []
  for (const route of ['/services', `/services/${SMART_CHARGING}`, '/no-such-page']) {
    const response = await request.get(route)
    const nonce = nonceOf(response.headers()['content-security-policy'])
    const tags = (await response.text()).match(/<script\b[^>]*>/g) ?? []
    expect(tags.length, route).toBeGreaterThan(0)
    for (const tag of tags) expect(tag, route).toContain(` nonce="${nonce}"`)
    nonces.push(nonce)
  }

  const response = await page.goto('/services')
  const nonce = nonceOf((await response!.allHeaders())['content-security-policy'])
  // Browsers hide the nonce attribute from the DOM; the property keeps it.
  const scriptNonces = await page.evaluate(() => [...document.scripts].map((script) => script.nonce))
  expect(scriptNonces.length).toBeGreaterThan(0)
  expect(new Set(scriptNonces)).toEqual(new Set([nonce]))
  // The scripts ran: the page hydrated and is interactive.
  await page.getByLabel('Search').fill('billing')
  await expect(page.getByTestId('service-card')).toHaveCount(1)

  nonces.push(nonce)
  expect(new Set(nonces).size).toBe(nonces.length)
})

test('a request to an origin outside connect-src is refused and reported', async ({ page, cspViolations }) => {
  await page.goto('/services')
  const outcome = await page.evaluate(() =>
    fetch('http://127.0.0.1:9/').then(
      () => 'sent',
      () => 'refused',
    ),
  )
  expect(outcome).toBe('refused')
  // The recorder saw both the page's event and Chromium's report (so the suite-wide check is live); taking them
  // keeps this test green.
  const taken: string[] = []
  const report = () => {
    taken.push(...cspViolations.take())
    return taken.join('\n')
  }
  await expect.poll(report).toContain('securitypolicyviolation: connect-src blocked http://127.0.0.1:9/')
  await expect.poll(report).toContain("Connecting to 'http://127.0.0.1:9/' violates the following Content Security Policy directive")
})

/** A page on another origin (another port of 127.0.0.1) that frames the app. */
async function framingSite(port: number, target: string): Promise<Server> {
  const server = createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'text/html' })
    response.end(`<!doctype html><title>Lookalike</title><h1>Framing site</h1><iframe name="app" src="${target}" width="800" height="600"></iframe>`)
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return server
}

test('a page on another origin that frames the agree page is refused', async ({ browser }) => {
  const target = `${E2E_APP_URL}/services/${SMART_CHARGING}`
  // In the app's e2e port range: the app port + 90.
  const port = Number(new URL(E2E_APP_URL).port) + 90
  const server = await framingSite(port, target)
  // Its own context: the refusal is expected here and must not count as a violation of the app's pages.
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    const reports: string[] = []
    page.on('console', (message) => reports.push(message.text()))
    const frameResponse = page.waitForResponse(target)
    await page.goto(`http://127.0.0.1:${port}/`)
    await expect(page.getByRole('heading', { name: 'Framing site' })).toBeVisible()
    // The app did answer the frame's request; the browser then refused to show it.
    expect((await frameResponse).status()).toBe(200)
    await expect.poll(() => reports.join('\n')).toContain(`Framing '${E2E_APP_URL}/' violates the following Content Security Policy directive: "frame-ancestors 'none'"`)
    const frame = page.frame({ name: 'app' })!
    expect(frame.url()).not.toBe(target)
    await expect(frame.locator('body')).not.toContainText('Smart Charging')
    expect(await frame.locator('a, button').count()).toBe(0)
  } finally {
    await context.close()
    await new Promise((resolve) => server.close(resolve))
  }
})

test("after switching to a custom RPC, the page's policy allows the browser to read it", async ({ page }) => {
  // The e2e chain under another name: another origin, so the policy of the page it was picked on does not allow it.
  const customRpc = E2E_CHAIN_URL.replace('127.0.0.1', 'localhost')
  await page.goto('/services')
  await page.getByTestId('network-switcher').click()
  const dialog = page.getByRole('dialog', { name: 'Choose a network' })
  await dialog.getByLabel(/Custom RPC/).check()
  await dialog.getByLabel('RPC URL', { exact: true }).fill(customRpc)
  await dialog.getByLabel('Chain id', { exact: true }).fill('31337')
  await dialog.getByLabel('Registry address', { exact: true }).fill(LOCAL_REGISTRY)
  await dialog.getByLabel('Permissions address', { exact: true }).fill(LOCAL_PERMISSIONS)
  await dialog.getByRole('button', { name: 'Use this network' }).click()
  await expect(page.getByTestId('network-badge')).toContainText('Custom network')
  await expect(page.getByTestId('service-card')).toHaveCount(5)

  const reads: string[] = []
  page.on('requestfinished', (request) => {
    if (request.url().startsWith(customRpc)) reads.push(request.url())
  })
  await page.getByRole('button', { name: 'Refresh' }).click()
  await expect(page.getByRole('button', { name: 'Refresh' })).toBeEnabled()
  await expect(page.getByText('Refresh failed')).toBeHidden()
  expect(reads.length).toBeGreaterThan(0)
  await expect(page.getByTestId('service-card')).toHaveCount(5)
})
