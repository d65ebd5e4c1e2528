import type { Page } from '@playwright/test'
import { encodeFunctionData } from 'viem'
import { LOCAL_PERMISSIONS } from '../lib/chain/networks'
import { anvilAddress } from '../lib/devnet/accounts'
import { permissionsAbi } from '../lib/ocn/abi'
import { AgreementsPage } from './support/agreement-pages'
import { sendAs } from './support/chain'
import { expect, test } from './support/fixtures'
import { chainHead, HistoryArea, holdIndexerRpc, indexerPid, releaseIndexerRpc, startIndexer, stopIndexer, waitForIndexer } from './support/history'
import { ListingEditor } from './support/listing-editor'
import { expectNoInternals } from './support/page-checks'
import { collectPageErrors } from './support/page-health'
import { switchAccount } from './support/wallet'

const DE_MSP = anvilAddress(7)
const SMART_CHARGING = anvilAddress(12)

// Stopping the indexer must not leak into other specs: whatever a test does, it runs again afterwards.
test.afterEach(async () => {
  await releaseIndexerRpc()
  if ((await indexerPid()) === null) await startIndexer()
})

/** Every history area of the page says the history is unavailable (and there is at least `min` of them). */
async function expectHistoryUnavailable(page: Page, min = 1): Promise<void> {
  const areas = page.getByTestId('history')
  await expect.poll(() => areas.count()).toBeGreaterThanOrEqual(min)
  for (const area of await areas.all()) await new HistoryArea(area).expectUnavailable()
}

/** A current-state page as the chain alone gives it: loaded, no error page, nothing internal shown. */
async function expectWorks(page: Page, path: string): Promise<void> {
  const response = await page.goto(path)
  expect(response?.status(), `${path} answers`).toBe(200)
  await expect(page.getByText(/Application error|Something went wrong/)).toHaveCount(0)
  await expectNoInternals(page)
}

test('with the indexer stopped every current-state page works and the history areas say so; it comes back on restart', async ({ page }) => {
  // Restarting Ponder costs up to two minutes here (start-up, then indexing the chain afresh).
  test.setTimeout(4 * 60_000)
  await waitForIndexer()
  await stopIndexer()
  const errors = collectPageErrors(page)

  await expectWorks(page, '/')
  await expect(page.getByTestId('figure-services')).toHaveText('5')
  await expect(page.getByTestId('figure-agreements')).toHaveText('8')

  await expectWorks(page, '/services')
  await expect(page.getByTestId('service-card')).toHaveCount(5)

  await expectWorks(page, `/services/${SMART_CHARGING}`)
  await expect(page.getByRole('heading', { name: 'Grid-Aware Smart Charging' })).toBeVisible()
  await expect(page.getByTestId('agreeing-parties').getByRole('link')).not.toHaveCount(0)
  await expect(page.getByTestId('service-timeline')).toBeVisible()
  await expectHistoryUnavailable(page)

  await expectWorks(page, '/registry')
  await expect(page.getByTestId('party-count')).toHaveText('13 parties')

  await expectWorks(page, '/parties/DE-MSP')
  await expect(page.getByTestId('party-agreements').getByRole('link')).toHaveCount(3)
  await expect(page.getByTestId('party-timeline')).toBeVisible()
  await expectHistoryUnavailable(page)

  const agreements = await new AgreementsPage(page).goto()
  await expect(agreements.items).toHaveCount(3)
  await expect(agreements.items.first().getByRole('button', { name: 'Revoke' })).toBeEnabled()
  await expectHistoryUnavailable(page)
  await expectNoInternals(page)

  await switchAccount(page, SMART_CHARGING)
  const editor = await new ListingEditor(page).goto({ connect: false })
  await expect(editor.nameField).toHaveValue('Grid-Aware Smart Charging')
  await expect(page.getByTestId('agreeing-parties').getByRole('link')).not.toHaveCount(0)
  await expectHistoryUnavailable(page, 0)
  await expectNoInternals(page)
  expect(errors(), 'errors in the browser').toEqual([])

  // Back again: the same page shows the history without anything else done.
  await startIndexer()
  await waitForIndexer()
  await page.goto(`/services/${SMART_CHARGING}`)
  const timeline = HistoryArea.of(page, 'service-timeline')
  await timeline.expectState('ready')
  await expect.poll(() => timeline.kinds()).toContain('service-listed')
  await expect(page.getByTestId('agreeing-parties').getByTestId('agreed-on').first()).toContainText('Agreed on')
})

test('an indexer behind the chain says how far it got, and the page catches up by itself', async ({ page }) => {
  await waitForIndexer()
  const indexed = await chainHead()
  await holdIndexerRpc()
  await sendAs(DE_MSP, LOCAL_PERMISSIONS, encodeFunctionData({ abi: permissionsAbi, functionName: 'createAgreement', args: [SMART_CHARGING] }))
  const head = await chainHead()

  await page.goto(`/services/${SMART_CHARGING}`)
  const timeline = HistoryArea.of(page, 'service-timeline')
  await timeline.expectState('catching-up')
  await expect(timeline.status).toContainText(`Catching up: block ${indexed} of ${head}`)
  // Current state comes from view calls meanwhile: the new agreement is listed already.
  await expect(page.getByTestId('agreeing-parties').getByRole('link')).toContainText(['DE*MSP'])

  await releaseIndexerRpc()
  // No reload: the area refreshes itself until the indexer has the block the page was read at.
  await expect(timeline.wrapper).toHaveAttribute('data-state', 'ready', { timeout: 20_000 })
  await expect.poll(() => timeline.kinds().then((kinds) => kinds[0])).toBe('agreement-created')
  await expect(timeline.items.first()).toContainText('DE*MSP agreed')
})
