import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { decodeFunctionData, encodeFunctionData, type Hex } from 'viem'
import { getContractEvents } from 'viem/actions'
import { LOCAL_PERMISSIONS } from '../lib/chain/networks'
import { anvilAddress } from '../lib/devnet/accounts'
import { PERMISSION } from '../lib/ocn/catalog'
import { permissionsAbi } from '../lib/ocn/abi'
import { AgreementsPage, ServicePage } from './support/agreement-pages'
import { chainClient, sendAs } from './support/chain'
import { expect, test } from './support/fixtures'
import { chainHead, expectTimeAt, HistoryArea, INDEXER_START_MS, waitForIndexer } from './support/history'
import { ListingEditor } from './support/listing-editor'
import { switchAccount } from './support/wallet'

const DE_MSP = anvilAddress(7)
const SMART_CHARGING = anvilAddress(12)
const TARIFFS = anvilAddress(13)

/** What the history must match: each ServiceAgreement since `fromBlock`, told apart by the function called. */
async function agreementWrites(fromBlock: bigint) {
  const events = await getContractEvents(chainClient, { address: LOCAL_PERMISSIONS, abi: permissionsAbi, eventName: 'ServiceAgreement', fromBlock })
  return Promise.all(
    events.map(async (event) => {
      const [transaction, block] = await Promise.all([
        chainClient.getTransaction({ hash: event.transactionHash }),
        chainClient.getBlock({ blockNumber: event.blockNumber }),
      ])
      const { functionName } = decodeFunctionData({ abi: permissionsAbi, data: transaction.input })
      return { functionName, tx: event.transactionHash as Hex, time: Number(block.timestamp), user: event.args.user, provider: event.args.provider }
    }),
  )
}

/** Clicks a CSV link as a user does and reads the file it downloads, line by line. */
async function downloadCsv(page: Page, testId: string): Promise<string[]> {
  const downloading = page.waitForEvent('download')
  await page.getByTestId(testId).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/\.csv$/)
  return (await readFile(await download.path(), 'utf8')).trim().split(/\r?\n/)
}

/** Both ways a CSV can write a block's time in ISO UTC: with or without milliseconds. */
const isoTimes = (time: number) => {
  const iso = new Date(time * 1000).toISOString()
  return [iso, iso.replace('.000Z', 'Z')]
}

// Before a test, the indexer may still be catching up on the previous test's revert: Ponder can retry a log
// request for a block that no longer exists with back-offs of up to 32 s (anvil rewinds, a real chain does not).
// That is the harness's time, not the "within a few seconds" the tests assert after their own writes.
const AFTER_REVERT_MS = 45_000

// The e2e server starts the app once the indexer is ready; should it still be indexing, that is not the tests' time.
test.beforeAll(async () => {
  test.setTimeout(INDEXER_START_MS + 10_000)
  await waitForIndexer()
})

test('agree, revoke and agree again: the service timeline, the dates in My agreements and the CSV all show it', async ({ page }) => {
  test.setTimeout(AFTER_REVERT_MS + 90_000)
  await waitForIndexer(undefined, AFTER_REVERT_MS)
  const before = await chainHead()

  const service = await new ServicePage(page).goto(SMART_CHARGING)
  await service.agree()
  const agreements = await new AgreementsPage(page).goto({ connect: false })
  const revoke = await agreements.openRevoke(agreements.item(SMART_CHARGING))
  await revoke.confirmAndWait()
  await revoke.close()
  await expect(agreements.item(SMART_CHARGING)).toHaveCount(0)
  await service.goto(SMART_CHARGING, { connect: false })
  await service.agree()

  const writes = await agreementWrites(before + 1n)
  expect(writes.map((write) => write.functionName)).toEqual(['createAgreement', 'revokeAgreement', 'createAgreement'])
  expect(writes.every((write) => write.user === DE_MSP && write.provider === SMART_CHARGING)).toBe(true)
  const [agreed, revoked, agreedAgain] = writes

  // "Within a few seconds" of the last write.
  await waitForIndexer(undefined, 10_000)

  // The service's timeline, newest first: agreed again, revoked, agreed, each dated by its block.
  await page.reload()
  const timeline = HistoryArea.of(page, 'service-timeline')
  await timeline.expectState('ready')
  await expect.poll(() => timeline.kinds().then((kinds) => kinds.slice(0, 3))).toEqual(['agreement-created', 'agreement-revoked', 'agreement-created'])
  const rows = timeline.items
  await expect(rows.nth(0)).toContainText('DE*MSP agreed')
  await expect(rows.nth(1)).toContainText('DE*MSP revoked')
  await expect(rows.nth(2)).toContainText('DE*MSP agreed')
  await expectTimeAt(rows.nth(0), agreedAgain.time)
  await expectTimeAt(rows.nth(1), revoked.time)
  await expectTimeAt(rows.nth(2), agreed.time)
  // The local network has no explorer: the transaction is named by its short hash, not linked.
  await expect(rows.nth(0).getByTestId('tx-link')).toHaveCount(0)
  await expect(rows.nth(0)).toContainText(agreedAgain.tx.slice(0, 10))
  await expect(rows.nth(0)).toContainText(agreedAgain.tx.slice(-8))
  await expect(timeline.kinds()).resolves.toContain('service-listed')

  // Its parties: DE*MSP with the date of the agreement in force.
  const deMsp = page.getByTestId('agreeing-parties').getByRole('listitem').filter({ hasText: 'DE*MSP' })
  await expect(deMsp.getByTestId('agreed-on')).toContainText('Agreed on')
  await expectTimeAt(deMsp.getByTestId('agreed-on'), agreedAgain.time)

  // My agreements: the date it is in force since, and the revoked period in its own section.
  await agreements.goto({ connect: false })
  const item = agreements.item(SMART_CHARGING)
  await expect(item.getByTestId('agreed-on')).toContainText('Agreed on')
  await expectTimeAt(item.getByTestId('agreed-on'), agreedAgain.time)
  const past = page.getByTestId('past-agreements').locator(`[data-testid="past-agreement"][data-provider="${SMART_CHARGING}" i]`)
  await expect(past).toHaveCount(1)
  await expect(past.getByRole('link', { name: 'GB*SCS' })).toHaveAttribute('href', new RegExp(`/services/${SMART_CHARGING}$`, 'i'))
  // Named by its service too, as the chain lists it now: credentials alone mean little to a data-protection officer.
  await expect(past.getByTestId('past-agreement-service')).toHaveText('Grid-Aware Smart Charging')
  await expect(past.locator('time')).toHaveCount(2)
  await expectTimeAt(past, agreed.time, 0)
  await expectTimeAt(past, revoked.time, 1)

  // The CSV, downloaded as a user does: both periods, with their times and transactions.
  const periods = (await downloadCsv(page, 'export-agreements-csv')).filter((line) => line.toLowerCase().includes(SMART_CHARGING.toLowerCase()))
  expect(periods).toHaveLength(2)
  const first = periods.find((line) => line.includes(agreed.tx))
  const second = periods.find((line) => line.includes(agreedAgain.tx))
  expect(first, 'the revoked period').toBeDefined()
  expect(second, 'the period in force').toBeDefined()
  expect(first).toContain(revoked.tx)
  expect(isoTimes(agreed.time).some((iso) => first!.includes(iso))).toBe(true)
  expect(isoTimes(revoked.time).some((iso) => first!.includes(iso))).toBe(true)
  expect(isoTimes(agreedAgain.time).some((iso) => second!.includes(iso))).toBe(true)
  expect(second).not.toContain(revoked.tx)

  // The party's own timeline tells the same story.
  await page.goto('/parties/DE-MSP')
  const partyTimeline = HistoryArea.of(page, 'party-timeline')
  await partyTimeline.expectState('ready')
  await expect.poll(() => partyTimeline.kinds().then((kinds) => kinds.slice(0, 3))).toEqual(['agreement-created', 'agreement-revoked', 'agreement-created'])
  await expect(partyTimeline.items.nth(0)).toContainText('DE*MSP agreed to the service of GB*SCS')
  await expect(partyTimeline.items.nth(1)).toContainText('DE*MSP revoked')
  await expectTimeAt(partyTimeline.items.nth(1), revoked.time)

  // The provider's records: its subscriber DE*MSP, both periods.
  await switchAccount(page, SMART_CHARGING)
  await new ListingEditor(page).goto({ connect: false })
  const subscribers = (await downloadCsv(page, 'export-subscribers-csv')).filter((line) => line.toLowerCase().includes(DE_MSP.toLowerCase()))
  expect(subscribers).toHaveLength(2)
  expect(subscribers.find((line) => line.includes(agreed.tx))).toContain(revoked.tx)
  expect(subscribers.some((line) => line.includes(agreedAgain.tx))).toBe(true)
})

test("a provider adds a permission after a party agreed: the party's agreement is flagged with the diff", async ({ page }) => {
  test.setTimeout(AFTER_REVERT_MS + 30_000)
  await waitForIndexer(undefined, AFTER_REVERT_MS)
  // DE*MSP agreed to Tariff Transparency Monitor (tariffs, sender and receiver) when the network was seeded.
  // Its provider now takes sessions (personal data) and drops tariffs as receiver.
  const setService = encodeFunctionData({
    abi: permissionsAbi,
    functionName: 'setService',
    args: ['Tariff Transparency Monitor', 'https://tariffwatch.example/ocn', [PERMISSION.FORWARD_MODULE_TARIFFS_SENDER, PERMISSION.FORWARD_MODULE_SESSIONS_RECEIVER]],
  })
  await sendAs(TARIFFS, LOCAL_PERMISSIONS, setService)
  await waitForIndexer(undefined, 10_000)

  const agreements = await new AgreementsPage(page).goto()
  const item = agreements.item(TARIFFS)
  const flag = item.getByTestId('permissions-changed')
  await expect(flag).toBeVisible()
  // The other agreements' services did not change.
  await expect(page.getByTestId('permissions-changed')).toHaveCount(1)

  // Added first, personal data marked.
  const rows = flag.locator('[data-testid="permission-added"], [data-testid="permission-removed"]')
  await expect(rows).toHaveCount(2)
  await expect(rows.nth(0)).toHaveAttribute('data-testid', 'permission-added')
  await expect(rows.nth(0)).toContainText('Sessions · receiver')
  await expect(rows.nth(0)).toHaveAttribute('data-personal', 'true')
  await expect(rows.nth(1)).toHaveAttribute('data-testid', 'permission-removed')
  await expect(rows.nth(1)).toContainText('Tariffs · receiver')
  await expect(rows.nth(1)).not.toHaveAttribute('data-personal', 'true')

  // One click to review the service, and the revoke beside it.
  await expect(item.getByRole('link', { name: 'Review the service' })).toHaveAttribute('href', `/services/${TARIFFS}`)
  const revoke = await agreements.openRevoke(item)
  await revoke.confirmAndWait()
  await revoke.close()
  await expect(item).toHaveCount(0)
})
