import { anvilAddress } from '../lib/devnet/accounts'
import { measureBundles } from '../scripts/bundle-size'
import { E2E_APP_URL } from './support/chain'
import { hasAgreement } from './support/wallet'
import { expect, test } from './support/fixtures'

const SERVICE = `/services/${anvilAddress(12)}`
const PARTY = `/parties/${anvilAddress(12)}`

/**
 * First-load JavaScript per page, gzip, as the production server sends it. Wallet (wagmi), write and
 * contract-read code load on demand; a static import of any of them puts tens of KiB back and fails here. The
 * limits sit a few KiB above what the pages weigh now; lower them as pages get lighter. Before wagmi left the
 * first load: / 193, /services 200, /registry 197, a party 198, a service and the wallet pages 274-279 KiB. The shared
 * UI pieces and the write guard (issue 10) added 1.5-3 KiB per page: /services 172.6, a service 176.0, /agreements 171.0,
 * /provider 178.2. The manifests (issue 12): the card's logo, tagline, categories, pricing and state put /services at
 * 174.1 and a party at 172.2 (+0.2 each); the service page's manifest section and the review's terms confirmation put
 * a service at 179.5 (+1.5). The editor loads on demand, so /provider did not move. Issue 13: /relay weighs 164.3, only
 * its request box loads up front (the signer, the review and the write path load once a request opened); the
 * forwarding preview renders on the server and its request picker, the one client part, put a party at 173.5
 * (+1.3) and a service under 181; on /agreements the preview loads once a wallet is connected. Merged with the
 * signing offer in the shared review (its button up front, the panel on demand), a service weighs 181.2 and /provider
 * 180.04. Issue 14: the translator in the browser (next-intl, messages precompiled at build time so no ICU parser
 * ships) adds about 1.2 KiB to every page, and the translated pages, the phone header's menu, the account button and
 * the skip link another 1.1-2.7: / 167.7, /services 178.0, /registry 173.6, a party 177.3, a service 184.1, /agreements
 * 175.7, /identity 179.8, /provider 183.2. Each limit is 1-1.5 KiB above.
 */
const LIMIT_KIB: Record<string, number> = {
  '/': 169,
  '/services': 179,
  '/registry': 175,
  [PARTY]: 179,
  [SERVICE]: 186,
  '/agreements': 177,
  '/identity': 181,
  '/provider': 185,
  '/relay': 170,
}

/**
 * Strings only that code carries, which minification keeps: the EIP-6963 discovery event wagmi's config sends,
 * and the message key of the write path's mined-but-reverted outcome (lib/tx/run-write). viem's own write errors would not do: the public client
 * that browser reads load carries them too.
 */
const WALLET_CODE = 'eip6963:requestProvider'
const WRITE_CODE = 'tx.minedReverted'

test('pages load no wallet, write or contract-read code up front', async () => {
  const pages = await measureBundles(E2E_APP_URL, Object.keys(LIMIT_KIB))
  const bodies = new Map<string, string>()
  for (const page of pages) {
    expect.soft(page.gzip / 1_024, `${page.path}: first-load JavaScript, KiB gzip`).toBeLessThanOrEqual(LIMIT_KIB[page.path])
    for (const { url } of page.scripts) {
      if (!bodies.has(url)) bodies.set(url, await (await fetch(url)).text())
      const body = bodies.get(url)!
      expect.soft(body.includes(WALLET_CODE), `${page.path} loads wallet code up front (${url})`).toBe(false)
      expect.soft(body.includes(WRITE_CODE), `${page.path} loads write code up front (${url})`).toBe(false)
    }
  }
})

test('wallet code loads when a visitor starts to connect, write code when they sign', async ({ page }) => {
  const scripts: Promise<string>[] = []
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.endsWith('.js')) scripts.push(response.text().catch(() => ''))
  })
  const loaded = async (marker: string) => (await Promise.all(scripts)).some((body) => body.includes(marker))

  await page.goto(SERVICE)
  await expect(page.getByRole('button', { name: 'Connect wallet' })).toBeEnabled()
  await page.waitForLoadState('networkidle')
  expect(await loaded(WALLET_CODE)).toBe(false)

  await page.getByRole('button', { name: 'Connect wallet' }).click()
  await page.getByRole('dialog', { name: 'Connect a wallet' }).getByRole('button', { name: 'Test Wallet' }).click()
  await expect(page.getByTestId('connected-account')).toBeVisible()
  expect(await loaded(WALLET_CODE)).toBe(true)
  expect(await loaded(WRITE_CODE)).toBe(false)

  await page.getByRole('button', { name: 'Review and agree' }).click()
  const review = page.getByRole('dialog', { name: 'Review the agreement' })
  await expect(review).toContainText('DE*MSP agrees to')
  expect(await loaded(WRITE_CODE)).toBe(false)
  await review.getByRole('button', { name: 'Agree on chain' }).click()
  await expect(review.getByTestId('tx-status')).toHaveAttribute('data-status', 'confirmed')
  expect(await loaded(WRITE_CODE)).toBe(true)
  expect(await hasAgreement(anvilAddress(7), anvilAddress(12))).toBe(true)
})
