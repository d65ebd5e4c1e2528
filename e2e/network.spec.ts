import { LOCAL_PERMISSIONS, LOCAL_REGISTRY, MULTICALL3_ADDRESS } from '../lib/chain/networks'
import { anvilAddress } from '../lib/devnet/accounts'
import { E2E_APP_URL, E2E_CHAIN_URL, E2E_LISTENER_PORT } from './support/chain'
import { startFaultProxy } from './support/fault-proxy'
import { expect, test } from './support/fixtures'
import { containing } from './support/tx-progress'
import { expectNoInternals } from './support/page-checks'

const BILLING = anvilAddress(9)
const DE_MSP = anvilAddress(7)

/** Every page a visitor can open, the odd ones included. */
const PAGES = [
  '/',
  '/services',
  '/services?q=billing',
  `/services/${BILLING}`,
  '/services/0x0000000000000000000000000000000000000001',
  '/services/not-an-address',
  '/registry',
  `/parties/${DE_MSP}`,
  '/parties/DE-MSP',
  '/parties/XX-NOPE',
  '/agreements',
  '/identity',
  '/provider',
  '/relay',
]

test('a listener a visitor names in the cookie receives nothing from the server, on any page', async ({ request }) => {
  const listener = await startFaultProxy({ port: E2E_LISTENER_PORT, target: E2E_CHAIN_URL })
  const custom = (fields: Record<string, string>) =>
    JSON.stringify({ id: 'custom', rpcUrl: listener.url, chainId: '31337', registry: LOCAL_REGISTRY, permissions: LOCAL_PERMISSIONS, ...fields })
  const cookies = [
    custom({}),
    custom({ rpcUrl: `${listener.url}/rpc?x=1`, chainId: '246', registry: BILLING, permissions: DE_MSP, multicall3: MULTICALL3_ADDRESS }),
    custom({ rpcUrl: `http://localhost:${E2E_LISTENER_PORT}`, chainId: '73799' }),
    // Malformed: a bad chain id, missing fields, not JSON at all.
    custom({ chainId: 'x' }),
    `{"id":"custom","rpcUrl":"${listener.url}"}`,
    `${listener.url}`,
    JSON.stringify({ id: 'local' }),
  ]
  try {
    for (const cookie of cookies) {
      for (const path of PAGES) {
        const response = await request.get(path, { headers: { cookie: `ocn-network=${encodeURIComponent(cookie)}` } })
        expect(response.status(), `${path} with ${cookie}`).toBeLessThan(500)
      }
    }
    // Anything the server might still send late would arrive within this pause.
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(listener.requests()).toEqual([])
  } finally {
    await listener.stop()
  }
})

test('a custom RPC the visitor chooses is read by their browser only, and the pages render from it', async ({ page }) => {
  // One journey through every page twice (choose, read, fail, recover, switch back).
  test.setTimeout(90_000)
  const rpc = await startFaultProxy({ port: E2E_LISTENER_PORT, target: E2E_CHAIN_URL })
  try {
    await page.goto('/services')
    await page.evaluate(() => Object.assign(window, { beforeSwitch: true }))
    await page.getByTestId('network-switcher').click()
    const dialog = page.getByRole('dialog', { name: 'Choose a network' })
    await expect(dialog.getByRole('radio')).toHaveCount(4)
    await dialog.getByLabel(/Custom RPC/).check()
    await expect(dialog.getByText(containing('this site’s server never contacts it'))).toBeVisible()
    await dialog.getByLabel('RPC URL', { exact: true }).fill(rpc.url)
    await dialog.getByRole('button', { name: 'Use this network' }).click()
    // Typed values survive a validation error.
    await expect(dialog.getByRole('alert')).toContainText('A custom network needs')
    await dialog.getByLabel('Chain id', { exact: true }).fill('31337')
    await dialog.getByLabel('Registry address', { exact: true }).fill(LOCAL_REGISTRY)
    await dialog.getByLabel('Permissions address', { exact: true }).fill(LOCAL_PERMISSIONS)
    await expect(dialog.getByLabel('RPC URL', { exact: true })).toHaveValue(rpc.url)
    await dialog.getByRole('button', { name: 'Use this network' }).click()

    await expect(page.getByTestId('network-badge')).toContainText('Custom network')
    await expect(page.getByTestId('service-card')).toHaveCount(5)
    // A full document load, not a client-side refresh: the new page has a fresh window.
    expect(await page.evaluate(() => 'beforeSwitch' in window)).toBe(false)

    await page.goto('/')
    await expect(page.getByTestId('figure-services')).toHaveText('5')
    await page.goto('/registry')
    await expect(page.getByTestId('party-count')).toHaveText('13 parties')
    await page.goto('/parties/DE-MSP')
    await expect(page.getByTestId('party-title')).toHaveText('DE*MSP')
    const manifestCheck = page.waitForResponse((response) => response.url().includes('/api/manifests/check?url='))
    await page.goto(`/services/${BILLING}`)
    await expect(page.getByTestId('service-title')).toHaveText('Roaming Billing & Invoicing')
    // The browser asks the app's check route for the manifest (the server fetches it, under the guard): on a network
    // other than the local one, the demo's plain-http loopback manifest is refused, and the section says why.
    expect((await manifestCheck).ok()).toBe(true)
    const manifest = page.getByTestId('service-manifest')
    await expect(manifest).toHaveAttribute('data-state', 'unreachable')
    await expect(manifest.getByTestId('manifest-reason')).not.toBeEmpty()
    await page.goto('/services/0x0000000000000000000000000000000000000001')
    await expect(page.getByRole('heading', { name: 'No live service at this address' })).toBeVisible()

    // Every request came from the browser (a server-side fetch carries no Origin); the server sent only a shell.
    expect(rpc.requests().length).toBeGreaterThan(0)
    expect(rpc.requests().filter((r) => r.origin !== E2E_APP_URL)).toEqual([])
    const shell = await (await page.request.get('/services')).text()
    expect(shell).toContain('data-testid="page-skeleton"')
    expect(shell).not.toContain('data-testid="service-card"')

    // The custom RPC goes down: the browser's read shows the error state, and retrying works once it is back.
    rpc.set({ kind: 'down' })
    await page.goto('/services')
    await expect(page.getByTestId('read-error')).toContainText("The network's RPC did not answer")
    await expectNoInternals(page)
    rpc.set({ kind: 'pass' })
    await page.getByRole('button', { name: 'Try again' }).click()
    await expect(page.getByTestId('service-card')).toHaveCount(5)

    // Back to the deployment's network: the cookie is forgotten.
    await page.getByTestId('network-switcher').click()
    await dialog.getByLabel(/Local OCN network/).check()
    await dialog.getByRole('button', { name: 'Use this network' }).click()
    await expect(page.getByTestId('network-badge')).toHaveAttribute('data-network-kind', 'local')
    await expect(page.getByTestId('service-card')).toHaveCount(5)
    expect((await page.context().cookies()).some((c) => c.name === 'ocn-network')).toBe(false)
  } finally {
    await rpc.stop()
  }
})
