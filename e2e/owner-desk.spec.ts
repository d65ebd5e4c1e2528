import type { Page, Response } from '@playwright/test'
import { type Address, zeroAddress } from 'viem'
import { readContract } from 'viem/actions'
import { LOCAL_REGISTRY } from '../lib/chain/networks'
import { anvilAddress } from '../lib/devnet/accounts'
import { DEMO_ACCOUNT } from '../lib/devnet/demo-network'
import { registryAbi } from '../lib/ocn/abi'
import { chainClient } from './support/chain'
import { expect, test } from './support/fixtures'
import { connectWallet, rejectNext, sentTransactions } from './support/wallet'

const OWNER = anvilAddress(DEMO_ACCOUNT.DEPLOYER)
const NEW_OWNER = anvilAddress(DEMO_ACCOUNT.NODE_1)
const DE_BIL = anvilAddress(DEMO_ACCOUNT.DE_BIL)
const NODE_2 = anvilAddress(DEMO_ACCOUNT.NODE_2)
/** A string only the desk's code holds: finding it in a script the page loaded means the desk's chunk came. */
const DESK_MARKER = 'owner-remove-party'

const ownerOnChain = () => readContract(chainClient, { address: LOCAL_REGISTRY, abi: registryAbi, functionName: 'owner' })
const nodeOf = (operator: Address) => readContract(chainClient, { address: LOCAL_REGISTRY, abi: registryAbi, functionName: 'getNode', args: [operator] })
const operatorOf = async (party: Address) => (await readContract(chainClient, { address: LOCAL_REGISTRY, abi: registryAbi, functionName: 'getOperatorByAddress', args: [party] }))[0]

/** The bodies of every script the page loads from now on. */
function recordScripts(page: Page): () => Promise<string[]> {
  const responses: Response[] = []
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') responses.push(response)
  })
  return () => Promise.all(responses.map((response) => response.text().catch(() => '')))
}

test.describe("the Registry's owner", () => {
  test.use({ walletAccount: DEMO_ACCOUNT.DEPLOYER })

  test('removes a party and a node, each confirmed by typing it and giving a reason', async ({ page }) => {
    const scripts = recordScripts(page)
    await page.goto('/registry')
    await expect(page.getByTestId('registry-owner')).toContainText(OWNER)
    await expect(page.getByTestId('owner-desk')).toHaveCount(0)
    await connectWallet(page)
    const desk = page.getByTestId('owner-desk')
    await expect(desk).toBeVisible()
    expect((await scripts()).some((body) => body.includes(DESK_MARKER))).toBe(true)
    await expect(desk.getByRole('button', { name: /renounce/i })).toHaveCount(0)

    const party = desk.getByTestId('owner-remove-party')
    await party.getByLabel('Which party').selectOption({ label: 'DE*BIL' })
    await expect(party.getByTestId('owner-remove-party-consequences')).toContainText('Its service "Roaming Billing & Invoicing" stops being deliverable')
    await expect(party.getByTestId('owner-remove-party-consequences')).toContainText('does not delete its service or any agreement')
    // Another spelling and no reason: refused on the page, nothing asked of the wallet.
    await party.getByLabel('Type DE*BIL to confirm').fill('DE-BIL')
    await party.getByRole('button', { name: 'Review the removal' }).click()
    await expect(party).toContainText('Type DE*BIL exactly as shown')
    await expect(party).toContainText('Give a reason')
    await expect(party.getByTestId('write-review')).toHaveCount(0)

    await party.getByLabel('Type DE*BIL to confirm').fill('DE*BIL')
    await party.getByLabel('Reason').fill('Key lost, ticket #42')
    await party.getByRole('button', { name: 'Review the removal' }).click()
    const review = party.getByTestId('write-review')
    await expect(review.getByTestId('review-changes')).toContainText('Reason given: "Key lost, ticket #42"')
    // A rejected prompt sends nothing and keeps what was typed.
    await rejectNext(page)
    await review.getByRole('button', { name: 'Remove the party on chain' }).click()
    await expect(party.getByLabel('Type DE*BIL to confirm')).toHaveValue('DE*BIL')
    expect(await operatorOf(DE_BIL)).not.toBe(zeroAddress)

    await party.getByRole('button', { name: 'Review the removal' }).click()
    await party.getByTestId('write-review').getByRole('button', { name: 'Remove the party on chain' }).click()
    await expect(page.getByTestId('owner-desk-done')).toContainText('Removed the party DE*BIL from the Registry. Reason given: "Key lost, ticket #42".')
    expect(await operatorOf(DE_BIL)).toBe(zeroAddress)
    await expect(page.getByTestId('party-rows')).not.toContainText('DE*BIL')
    await expect(party.getByLabel('Which party').locator('option', { hasText: 'DE*BIL' })).toHaveCount(0)

    const node = desk.getByTestId('owner-remove-node')
    await node.getByLabel('Which node').selectOption({ label: 'http://localhost:8081' })
    await expect(node.getByTestId('owner-remove-node-consequences')).toContainText('The 6 parties on this node (DE*CPO, NL*CPX, FR*MSP, CH*PAY, NL*LOC and 1 more)')
    await expect(node.getByTestId('owner-remove-node-consequences')).toContainText('Services of parties on this node stop being deliverable (CH*PAY, NL*LOC)')
    await node.getByLabel('Type http://localhost:8081 to confirm').fill('http://localhost:8081')
    await node.getByLabel('Reason').fill('Operator unreachable since May')
    await node.getByRole('button', { name: 'Review the removal' }).click()
    await node.getByTestId('write-review').getByRole('button', { name: 'Remove the node on chain' }).click()
    await expect(page.getByTestId('owner-desk-done')).toContainText('Removed the node http://localhost:8081 from the Registry. Reason given: "Operator unreachable since May".')
    expect(await nodeOf(NODE_2)).toBe('')
    await expect(page.getByTestId('node-list')).not.toContainText('localhost:8081')
    // The rejected prompt, then one transaction per removal.
    expect(await sentTransactions(page)).toHaveLength(3)
  })

  test('hands the Registry over: the page shows the new owner and the desk is gone', async ({ page }) => {
    await page.goto('/registry')
    await connectWallet(page)
    const transfer = page.getByTestId('owner-transfer')
    await transfer.getByLabel("New owner's address", { exact: true }).fill(NEW_OWNER.toLowerCase())
    await transfer.getByLabel("The new owner's address, again").fill(anvilAddress(DEMO_ACCOUNT.NODE_2))
    await transfer.getByRole('button', { name: 'Review the transfer' }).click()
    await expect(transfer).toContainText('The two addresses differ')
    await expect(transfer).toContainText('Tick the box above')
    await transfer.getByLabel("The new owner's address, again").fill(NEW_OWNER)
    await transfer.getByRole('checkbox').check()
    await transfer.getByRole('button', { name: 'Review the transfer' }).click()
    const review = transfer.getByTestId('write-review')
    await expect(review.getByTestId('review-changes')).toContainText(`${NEW_OWNER} becomes the Registry's owner, and ${OWNER} no longer is.`)
    await expect(review.getByTestId('review-not-done')).toContainText('does not renounce ownership')
    await review.getByRole('button', { name: 'Hand the Registry over on chain' }).click()

    await expect(page.getByTestId('owner-desk-done')).toContainText(`The Registry now belongs to ${NEW_OWNER}.`)
    await expect(page.getByTestId('registry-owner')).toContainText(NEW_OWNER)
    await expect(page.getByTestId('owner-desk')).toHaveCount(0)
    expect(await ownerOnChain()).toBe(NEW_OWNER)
    // The server's own render says so too, after a reload.
    await page.reload()
    await expect(page.getByTestId('registry-owner')).toContainText(NEW_OWNER)
    await expect(page.getByTestId('owner-desk')).toHaveCount(0)
  })

})

test('a visitor who does not own the Registry sees its owner, never the desk nor its code', async ({ page }) => {
  const html = await (await page.request.get('/registry')).text()
  expect(html).toContain(`data-owner="${OWNER}"`)
  const scripts = recordScripts(page)
  await page.goto('/registry')
  await expect(page.getByTestId('registry-owner')).toContainText(OWNER)
  await connectWallet(page)
  await expect(page.getByTestId('account-identity')).toHaveText('DE*MSP · EMSP')
  await expect(page.getByTestId('owner-desk')).toHaveCount(0)
  await expect(page.getByText("Owner's desk")).toHaveCount(0)
  expect((await scripts()).some((body) => body.includes(DESK_MARKER))).toBe(false)
})
