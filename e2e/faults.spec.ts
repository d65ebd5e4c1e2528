import { anvilAddress } from '../lib/devnet/accounts'
import { PAGE_READ_BUDGET_MS } from '../lib/chain/read-budget'
import { E2E_FAULT_APP_URL } from './support/chain'
import { ServicePage } from './support/agreement-pages'
import { expect, test } from './support/fixtures'
import { HistoryArea } from './support/history'
import { expectNoInternals } from './support/page-checks'
import { hasAgreement, sentTransactions } from './support/wallet'

// The fault app: the same build, deployed on a network whose RPC is the fault proxy each test steers.
test.use({ baseURL: E2E_FAULT_APP_URL })

const DE_MSP = anvilAddress(7)
const PAYMENT = anvilAddress(10)

test('RPC down at load: a clear error state, and Try again works once it is back', async ({ page, faultProxy }) => {
  faultProxy.set({ kind: 'down' })
  await page.goto('/services')
  await expect(page.getByTestId('read-error')).toContainText("The network's RPC did not answer. It may be down or unreachable from here.")
  await expectNoInternals(page)

  faultProxy.set({ kind: 'pass' })
  await page.getByRole('button', { name: 'Try again' }).click()
  await expect(page.getByTestId('service-card')).toHaveCount(5)
  await expect(page.getByTestId('read-error')).toHaveCount(0)

  // A gateway error is the same failure to the visitor.
  faultProxy.set({ kind: 'down', as: '502' })
  await page.goto('/registry')
  await expect(page.getByTestId('read-error')).toContainText("The network's RPC did not answer")
  await expectNoInternals(page)
})

test('a slow RPC shows a skeleton, then the content within the page budget', async ({ page, faultProxy }) => {
  faultProxy.set({ kind: 'slow', delayMs: 1_500 })
  const started = Date.now()
  await page.goto('/registry', { waitUntil: 'commit' })
  await expect(page.getByTestId('page-skeleton')).toBeVisible()
  await expect(page.getByTestId('party-count')).toHaveText('13 parties', { timeout: PAGE_READ_BUDGET_MS })
  expect(Date.now() - started).toBeLessThan(PAGE_READ_BUDGET_MS + 1_000)
  await expect(page.getByTestId('page-skeleton')).toHaveCount(0)
  await expect(page.getByTestId('read-error')).toHaveCount(0)
  expect(faultProxy.requests().length).toBeGreaterThan(0)
})

test('an RPC that never answers becomes the error state when the page budget runs out', async ({ page, faultProxy }) => {
  faultProxy.set({ kind: 'slow', delayMs: 120_000 })
  const started = Date.now()
  await page.goto('/', { waitUntil: 'commit' })
  await expect(page.getByTestId('page-skeleton')).toBeVisible()
  const seconds = PAGE_READ_BUDGET_MS / 1000
  await expect(page.getByTestId('read-error')).toContainText(`The network's RPC did not answer within ${seconds} s.`, { timeout: PAGE_READ_BUDGET_MS + 4_000 })
  expect(Date.now() - started).toBeLessThan(PAGE_READ_BUDGET_MS + 4_000)
  await expectNoInternals(page)
})

test('a rate-limiting RPC is named as such, with when to retry', async ({ page, faultProxy }) => {
  faultProxy.set({ kind: 'rate-limit', retryAfterSeconds: 30 })
  await page.goto('/')
  await expect(page.getByTestId('read-error')).toContainText("The network's RPC is rate-limiting requests; try again in 30 s.")
  await expectNoInternals(page)
})

test('the RPC dying between review and signature: the dialog says so, keeps its state, and nothing is sent', async ({ page, faultProxy }) => {
  const service = await new ServicePage(page).goto(PAYMENT)
  await expect(page.getByTestId('account-identity')).toHaveText('DE*MSP · EMSP')
  // This deployment runs no indexer: its history area says so, beside a page that works.
  const history = new HistoryArea(page.getByTestId('service-timeline'))
  await history.expectUnavailable()
  await expect(history.status).toContainText('keeps no history for this network')
  const review = await service.openReview()
  // Smart Payment asks for FORWARD_ALL: the confirmation ticked during review must survive the failure.
  const confirmation = review.forwardAllConfirmation(/every OCPI request my party sends/)
  await confirmation.check()

  faultProxy.set({ kind: 'down' })
  await review.confirm()
  await review.tx.expectError({ message: ["The network's RPC did not answer", 'The transaction was not sent, so nothing changed on chain.'] })
  await expect(review.tx.error()).not.toContainText('refused')
  await expect(review.dialog).toBeVisible()
  await expect(confirmation).toBeChecked()
  await expectNoInternals(page)
  expect(await sentTransactions(page)).toHaveLength(0)
  expect(await hasAgreement(DE_MSP, PAYMENT)).toBe(false)

  faultProxy.set({ kind: 'pass' })
  await review.confirmAndWait()
  expect(await hasAgreement(DE_MSP, PAYMENT)).toBe(true)
})

test('a saved network this deployment does not offer is reported, with a way to forget it', async ({ page, context, faultProxy }) => {
  const customChoice = { id: 'custom', rpcUrl: 'http://127.0.0.1:9', chainId: '31337', registry: DE_MSP, permissions: DE_MSP }
  const showing = 'showing Custom network (chain 31337).'
  const cases: [string, string][] = [
    [JSON.stringify(customChoice), `Your saved network “Custom RPC at 127.0.0.1:9” is not available here (custom networks are turned off here); ${showing}`],
    [JSON.stringify({ id: 'local' }), `Your saved network “Local OCN network” is not available here (this deployment runs no local network); ${showing}`],
    ['{"id":"custom","rpcUrl":', `Your saved network setting could not be read; ${showing}`],
  ]
  for (const [cookie, said] of cases) {
    await context.addCookies([{ name: 'ocn-network', value: encodeURIComponent(cookie), url: E2E_FAULT_APP_URL }])
    faultProxy.clearRequests()
    await page.goto('/services')
    const notice = page.getByTestId('network-unavailable')
    await expect(notice).toContainText(said)
    // Not a silent fallback, but a working one: the deployment's network, read by the server through its RPC.
    await expect(page.getByTestId('service-card')).toHaveCount(5)
    expect(faultProxy.requests().some((r) => r.origin === null)).toBe(true)
  }

  await page.getByRole('button', { name: 'Forget the saved network' }).click()
  await expect(page.getByTestId('network-unavailable')).toHaveCount(0)
  await expect(page.getByTestId('service-card')).toHaveCount(5)
  expect((await context.cookies()).some((c) => c.name === 'ocn-network')).toBe(false)

  // Neither a custom RPC nor "Local" is offered on this deployment.
  await page.getByTestId('network-switcher').click()
  const dialog = page.getByRole('dialog', { name: 'Choose a network' })
  await expect(dialog.getByRole('radio')).toHaveCount(3)
  await expect(dialog.getByRole('radio', { name: /Custom network \(chain 31337\)/ })).toBeChecked()
  await expect(dialog.getByRole('radio', { name: /Custom RPC/ })).toHaveCount(0)
  await expect(dialog.getByRole('radio', { name: /Local/ })).toHaveCount(0)
})
