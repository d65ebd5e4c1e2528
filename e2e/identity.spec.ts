import type { Page } from '@playwright/test'
import { type Address, encodeFunctionData, stringToHex, zeroAddress } from 'viem'
import { readContract, simulateContract } from 'viem/actions'
import { LOCAL_REGISTRY } from '../lib/chain/networks'
import { anvilAddress } from '../lib/devnet/accounts'
import { registryAbi } from '../lib/ocn/abi'
import { chainClient, rpc, sendAs } from './support/chain'
import { expect, test } from './support/fixtures'
import { connectWallet } from './support/wallet'

const FRESH = anvilAddress(19)
const OTHER_OPERATOR = anvilAddress(18)
const NODE_8081 = anvilAddress(2)
const DE_MSP = anvilAddress(7)
const MY_NODE = 'http://localhost:8090'

const getNode = (operator: Address) => readContract(chainClient, { address: LOCAL_REGISTRY, abi: registryAbi, functionName: 'getNode', args: [operator] })

async function partyOf(address: Address) {
  const [countryCode, partyId, modulesSender, modulesReceiver, roles, operator] = await readContract(chainClient, {
    address: LOCAL_REGISTRY,
    abi: registryAbi,
    functionName: 'getPartyDetailsByAddress',
    args: [address],
  })
  return { countryCode, partyId, modulesSender: [...modulesSender], modulesReceiver: [...modulesReceiver], roles: [...roles], operator }
}

/** Whether setNode(domain) from this operator would go through: false once the domain is taken or reserved. */
async function canListNode(operator: Address, domain: string): Promise<boolean> {
  try {
    await simulateContract(chainClient, { address: LOCAL_REGISTRY, abi: registryAbi, functionName: 'setNode', args: [domain], account: operator })
    return true
  } catch {
    return false
  }
}

const setNodeAs = (operator: Address, domain: string) =>
  sendAs(operator, LOCAL_REGISTRY, encodeFunctionData({ abi: registryAbi, functionName: 'setNode', args: [domain] }))

const setPartyAs = (party: Address, countryCode: string, partyId: string, roles: number[], operator: Address) =>
  sendAs(
    party,
    LOCAL_REGISTRY,
    encodeFunctionData({
      abi: registryAbi,
      functionName: 'setParty',
      args: [stringToHex(countryCode, { size: 2 }), stringToHex(partyId, { size: 3 }), roles, operator],
    }),
  )

const sentTransactions = async (page: Page) =>
  (await page.evaluate(() => window.testWallet.requests())).filter((m) => m === 'eth_sendTransaction')

test('without a wallet the page says to connect one, and the header links to it', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('link', { name: 'My identity' }).click()
  await expect(page).toHaveURL(/\/identity$/)
  await expect(page.getByRole('heading', { name: 'My OCN identity' })).toBeVisible()
  await expect(page.getByTestId('empty-state')).toContainText('Connect your wallet')
  await expect(page.getByTestId('identity-checklist')).toHaveCount(0)
})

test('a party update re-applies the modules it chose, which setParty wipes', async ({ page }) => {
  await page.goto('/identity')
  await connectWallet(page)
  const partyStep = page.getByTestId('party-step')
  const modulesStep = page.getByTestId('modules-step')
  await expect(partyStep.getByTestId('step-status')).toHaveText('Listed as DE*MSP')

  await modulesStep.getByLabel('Tokens as sender').uncheck()
  await expect(modulesStep.getByTestId('modules-unsaved')).toBeVisible()
  await modulesStep.getByRole('button', { name: 'Save modules' }).click()
  await modulesStep.getByRole('button', { name: 'Confirm and sign' }).click()
  await expect(modulesStep.getByTestId('tx-status')).toHaveAttribute('data-status', 'confirmed')
  expect((await partyOf(DE_MSP)).modulesSender).toEqual([2])

  const update = partyStep.getByRole('button', { name: 'Update party' })
  await expect(update).toBeDisabled()
  await partyStep.getByLabel('Charge point operator (CPO)').check()
  await partyStep.getByLabel('OCN node').selectOption({ label: 'http://localhost:8081' })
  const warning = partyStep.getByTestId('party-update-warning')
  await expect(warning).toContainText('wipe your party')
  await expect(warning.getByTestId('modules-summary')).toHaveText(/Sender\s*Commands\s*Receiver\s*CDRs, Locations, Sessions, Tariffs/)
  await update.click()
  await partyStep.getByRole('button', { name: 'Confirm and sign' }).click()

  await expect(partyStep.getByTestId('tx-step')).toHaveCount(2)
  await expect(partyStep.getByTestId('tx-status').nth(0)).toHaveAttribute('data-status', 'confirmed')
  await expect(partyStep.getByTestId('tx-status').nth(1)).toHaveAttribute('data-status', 'confirmed')
  const party = await partyOf(DE_MSP)
  expect(party.roles).toEqual([0, 1])
  expect(party.operator).toBe(NODE_8081)
  expect(party.modulesSender).toEqual([2])
  expect(party.modulesReceiver).toEqual([0, 3, 4, 5])
  await expect(partyStep.getByTestId('party-node')).toHaveText('http://localhost:8081')
  expect(await sentTransactions(page)).toHaveLength(3)
})

test('modules wiped by an update whose re-apply was rejected stay chosen, across a reload, to save again', async ({ page }) => {
  await page.goto('/identity')
  await connectWallet(page)
  const partyStep = page.getByTestId('party-step')
  const modulesStep = page.getByTestId('modules-step')
  await partyStep.getByLabel('Charge point operator (CPO)').check()
  await rpc('evm_setAutomine', [false])
  try {
    await partyStep.getByRole('button', { name: 'Update party' }).click()
    await partyStep.getByRole('button', { name: 'Confirm and sign' }).click()
    await expect(partyStep.getByTestId('tx-status').nth(0)).toHaveAttribute('data-status', 'pending')
    // setParty is on its way; the user then rejects the second signature.
    await page.evaluate(() => window.testWallet.rejectNext('eth_sendTransaction'))
    await rpc('evm_mine')
  } finally {
    await rpc('evm_setAutomine', [true])
  }
  await expect(modulesStep.getByTestId('step-status')).toHaveText('None set')
  const wiped = await partyOf(DE_MSP)
  expect([wiped.roles, wiped.modulesSender, wiped.modulesReceiver]).toEqual([[0, 1], [], []])
  await expect(modulesStep.getByTestId('modules-unsaved')).toBeVisible()

  await page.reload()
  const reloaded = page.getByTestId('modules-step')
  await expect(reloaded.getByLabel('Commands as sender')).toBeChecked()
  await expect(reloaded.getByLabel('CDRs as receiver')).toBeChecked()
  await reloaded.getByRole('button', { name: 'Save modules' }).click()
  await reloaded.getByRole('button', { name: 'Confirm and sign' }).click()
  await expect(reloaded.getByTestId('tx-status')).toHaveAttribute('data-status', 'confirmed')
  const restored = await partyOf(DE_MSP)
  expect([restored.modulesSender, restored.modulesReceiver]).toEqual([[2, 6], [0, 3, 4, 5]])
})

test.describe('as a fresh account with no OCN identity', () => {
  test.use({ walletAccount: 19 })

  test('lists its own node, then its party on that node, then sets its modules', async ({ page }) => {
    await page.goto('/identity')
    await connectWallet(page)
    await expect(page.getByTestId('account-identity')).toHaveText('no OCN identity')
    const nodeStep = page.getByTestId('node-step')
    const partyStep = page.getByTestId('party-step')
    const modulesStep = page.getByTestId('modules-step')
    await expect(nodeStep.getByTestId('step-status')).toHaveText('No node · for node operators')
    await expect(partyStep.getByTestId('step-status')).toHaveText('Not listed')
    await expect(modulesStep).toContainText('List your party first')

    await nodeStep.getByLabel('Node URL', { exact: true }).fill(MY_NODE)
    await nodeStep.getByRole('button', { name: 'List my node' }).click()
    await nodeStep.getByRole('button', { name: 'Confirm and sign' }).click()
    await expect(nodeStep.getByTestId('tx-status')).toHaveAttribute('data-status', 'confirmed')
    await expect(nodeStep.getByTestId('own-node-domain')).toHaveText(MY_NODE)
    expect(await getNode(FRESH)).toBe(MY_NODE)

    await partyStep.getByLabel('Country code').fill('NL')
    await partyStep.getByLabel('Party ID').fill('N19')
    await partyStep.getByLabel('Charge point operator (CPO)').check()
    await partyStep.getByLabel('OCN node').selectOption({ label: MY_NODE })
    await partyStep.getByRole('button', { name: 'List my party' }).click()
    // The review before the wallet opens says what will be public, and what the listing does not do yet.
    await expect(partyStep.getByRole('heading', { name: 'Review: List your party as NL*N19' })).toBeVisible()
    await expect(partyStep.getByTestId('review-not-done').getByText('It does not set your OCPI modules: that is the next step.')).toBeVisible()
    await expect(partyStep.getByLabel('Country code')).toBeDisabled()
    await partyStep.getByRole('button', { name: 'Confirm and sign' }).click()
    await expect(partyStep.getByTestId('tx-status')).toHaveAttribute('data-status', 'confirmed')
    await expect(partyStep.getByTestId('step-status')).toHaveText('Listed as NL*N19')
    await expect(page.getByTestId('account-identity')).toHaveText('NL*N19 · CPO')
    const listed = await partyOf(FRESH)
    expect([listed.countryCode, listed.partyId, listed.roles, listed.operator]).toEqual(['0x4e4c', '0x4e3139', [0], FRESH])

    await modulesStep.getByLabel('CDRs as sender').check()
    await modulesStep.getByLabel('Locations as sender').check()
    await modulesStep.getByLabel('Commands as receiver').check()
    await modulesStep.getByRole('button', { name: 'Save modules' }).click()
    await modulesStep.getByRole('button', { name: 'Confirm and sign' }).click()
    await expect(modulesStep.getByTestId('tx-status')).toHaveAttribute('data-status', 'confirmed')
    await expect(modulesStep.getByTestId('step-status')).toHaveText('2 sender · 1 receiver')
    const withModules = await partyOf(FRESH)
    expect(withModules.modulesSender).toEqual([0, 3])
    expect(withModules.modulesReceiver).toEqual([2])

    await page.getByRole('link', { name: 'Registry' }).click()
    await expect(page.getByTestId('party-rows').getByRole('link', { name: 'NL*N19' })).toBeVisible()
    await expect(page.getByTestId('node-list')).toContainText(MY_NODE)
  })

  test('changes its node URL by deleting it first, then listing the new one', async ({ page }) => {
    await setNodeAs(FRESH, MY_NODE)
    await page.goto('/identity')
    await connectWallet(page)
    const nodeStep = page.getByTestId('node-step')
    await expect(nodeStep.getByTestId('own-node-domain')).toHaveText(MY_NODE)

    await nodeStep.getByRole('button', { name: 'Change URL' }).click()
    await nodeStep.getByLabel('New node URL').fill('https://node19.example.com')
    await expect(nodeStep.getByTestId('node-change-warning')).toContainText('stays reserved forever on chain')
    const sign = nodeStep.getByRole('button', { name: 'Delete the old URL, then list the new one' })
    await expect(sign).toBeDisabled()
    await nodeStep.getByLabel(/I understand that my node is unlisted/).check()
    await sign.click()
    await nodeStep.getByRole('button', { name: 'Confirm and sign' }).click()

    await expect(nodeStep.getByTestId('tx-step')).toHaveCount(2)
    await expect(nodeStep.getByTestId('tx-step').nth(0)).toContainText('deleteNode')
    await expect(nodeStep.getByTestId('tx-status').nth(0)).toHaveAttribute('data-status', 'confirmed')
    await expect(nodeStep.getByTestId('tx-step').nth(1)).toContainText('setNode')
    await expect(nodeStep.getByTestId('tx-status').nth(1)).toHaveAttribute('data-status', 'confirmed')
    await expect(nodeStep.getByTestId('own-node-domain')).toHaveText('https://node19.example.com')
    expect(await getNode(FRESH)).toBe('https://node19.example.com')
    expect(await getNode(FRESH)).not.toBe(MY_NODE)
    expect(await sentTransactions(page)).toHaveLength(2)
    // Only deleteNode releases a URL: changed in place, the old one would stay reserved and this would fail.
    expect(await canListNode(OTHER_OPERATOR, MY_NODE)).toBe(true)
  })

  test('a node URL is checked before signing, and a revert keeps it typed across a reload', async ({ page }) => {
    // Listed, then changed in place: the first URL stays reserved on chain without showing in any list.
    await setNodeAs(OTHER_OPERATOR, 'http://reserved.example')
    await setNodeAs(OTHER_OPERATOR, 'http://other.example')
    await page.goto('/identity')
    await connectWallet(page)
    const nodeStep = page.getByTestId('node-step')
    const url = nodeStep.getByLabel('Node URL', { exact: true })

    await nodeStep.getByRole('button', { name: 'List my node' }).click()
    await expect(nodeStep.getByTestId('field-error')).toHaveText('Enter the URL of your OCN node.')
    await url.fill('ftp://node.example')
    await expect(nodeStep.getByTestId('field-error')).toContainText('Enter a full http:// or https:// URL')
    await url.fill('http://localhost:8080')
    await expect(nodeStep.getByTestId('field-error')).toHaveText(
      'Another node operator (0x7099…79C8) already lists this URL. A node URL can be listed only once.',
    )
    await nodeStep.getByRole('button', { name: 'List my node' }).click()
    await expect(nodeStep.getByTestId('tx-step')).toHaveCount(0)

    await url.fill('http://reserved.example')
    await nodeStep.getByRole('button', { name: 'List my node' }).click()
    await nodeStep.getByRole('button', { name: 'Confirm and sign' }).click()
    await expect(nodeStep.getByTestId('tx-error')).toContainText(
      'Another node already uses this URL (or once did: a node URL stays reserved forever on chain). Choose a different URL.',
    )
    await expect(nodeStep.getByTestId('tx-error')).toContainText('Contract message: “Domain name already registered.”')
    await expect(url).toHaveValue('http://reserved.example')
    expect(await sentTransactions(page)).toHaveLength(0)

    await page.reload()
    await expect(page.getByTestId('node-step').getByLabel('Node URL', { exact: true })).toHaveValue('http://reserved.example')
    expect(await getNode(FRESH)).toBe('')
  })

  test('party input survives a rejected signature and a reload, until it is confirmed', async ({ page }) => {
    await setNodeAs(FRESH, MY_NODE)
    await page.goto('/identity')
    await connectWallet(page)
    const partyStep = page.getByTestId('party-step')
    await partyStep.getByLabel('Country code').fill('NL')
    await partyStep.getByLabel('Party ID').fill('N19')
    await partyStep.getByLabel('e-Mobility service provider (EMSP)').check()
    await partyStep.getByLabel('OCN node').selectOption({ label: MY_NODE })

    await page.evaluate(() => window.testWallet.rejectNext('eth_sendTransaction'))
    await partyStep.getByRole('button', { name: 'List my party' }).click()
    await partyStep.getByRole('button', { name: 'Confirm and sign' }).click()
    await expect(partyStep.getByRole('button', { name: 'List my party' })).toBeEnabled()
    await expect(partyStep.getByTestId('tx-step')).toHaveCount(0)
    await expect(partyStep.getByTestId('tx-error')).toHaveCount(0)
    await expect(partyStep.getByLabel('Country code')).toHaveValue('NL')
    expect((await partyOf(FRESH)).operator).toBe(zeroAddress)

    await page.reload()
    const reloaded = page.getByTestId('party-step')
    await expect(reloaded.getByLabel('Country code')).toHaveValue('NL')
    await expect(reloaded.getByLabel('Party ID')).toHaveValue('N19')
    await expect(reloaded.getByLabel('e-Mobility service provider (EMSP)')).toBeChecked()
    await expect(reloaded.getByLabel('OCN node')).toHaveValue(FRESH)

    await reloaded.getByRole('button', { name: 'List my party' }).click()
    await reloaded.getByRole('button', { name: 'Confirm and sign' }).click()
    await expect(reloaded.getByTestId('tx-status')).toHaveAttribute('data-status', 'confirmed')
    expect((await partyOf(FRESH)).roles).toEqual([1])
    // The draft is dropped once the confirmed write has refreshed the page's reads.
    await expect.poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':draft:identity:')))).toEqual([])
  })

  test('credentials another address holds are refused before signing', async ({ page }) => {
    await setNodeAs(FRESH, MY_NODE)
    await page.goto('/identity')
    await connectWallet(page)
    const partyStep = page.getByTestId('party-step')
    await expect(partyStep.getByLabel('OCN node').getByRole('option')).toHaveText([
      'Choose a listed node',
      'http://localhost:8080',
      'http://localhost:8081',
      MY_NODE,
    ])

    await partyStep.getByLabel('Country code').fill('de')
    await partyStep.getByLabel('Party ID').fill('MSP')
    await partyStep.getByRole('button', { name: 'List my party' }).click()
    await expect(partyStep.getByTestId('field-error')).toHaveText([
      'Country code must be 2 upper-case letters A-Z (for example DE).',
      'Choose at least one role for your party.',
      'Choose the OCN node that serves your party.',
    ])

    await partyStep.getByLabel('Country code').fill('DE')
    await partyStep.getByLabel('e-Mobility service provider (EMSP)').check()
    await partyStep.getByLabel('OCN node').selectOption({ label: MY_NODE })
    const clash =
      'DE*MSP is already listed by another address (0x14dC…9955). Each country code and party ID can belong to one address only: ' +
      'check your credentials, or connect the wallet that holds them.'
    await expect(partyStep.getByTestId('field-error')).toHaveText([clash])
    await partyStep.getByRole('button', { name: 'List my party' }).click()
    await expect(partyStep.getByTestId('field-error')).toHaveText([clash])
    await expect(partyStep.getByTestId('tx-step')).toHaveCount(0)
    expect(await sentTransactions(page)).toHaveLength(0)
    expect((await partyOf(FRESH)).operator).toBe(zeroAddress)
  })

  test('deletes its party, then its node', async ({ page }) => {
    await setNodeAs(FRESH, MY_NODE)
    await setPartyAs(FRESH, 'NL', 'N19', [0], FRESH)
    await page.goto('/identity')
    await connectWallet(page)
    await expect(page.getByTestId('account-identity')).toHaveText('NL*N19 · CPO')
    const partyStep = page.getByTestId('party-step')
    await expect(partyStep.getByTestId('party-summary')).toContainText('Listed as NL*N19 (Charge point operator) on the node http://localhost:8090')

    await partyStep.getByRole('button', { name: 'Delete party', exact: true }).click()
    await expect(partyStep.getByTestId('review-changes').getByText('NL*N19 is released for any address to list.')).toBeVisible()
    await partyStep.getByRole('button', { name: 'Delete party on chain' }).click()
    await expect(partyStep.getByTestId('tx-status')).toHaveAttribute('data-status', 'confirmed')
    await expect(partyStep.getByTestId('step-status')).toHaveText('Not listed')
    await expect(page.getByTestId('account-identity')).toHaveText('no OCN identity')
    expect((await partyOf(FRESH)).operator).toBe(zeroAddress)

    const nodeStep = page.getByTestId('node-step')
    await nodeStep.getByRole('button', { name: 'Delete node', exact: true }).click()
    await expect(nodeStep.getByTestId('review-changes').getByText('Its URL is released for anyone to list.')).toBeVisible()
    await nodeStep.getByRole('button', { name: 'Delete node on chain' }).click()
    await expect(nodeStep.getByTestId('tx-status')).toHaveAttribute('data-status', 'confirmed')
    await expect(nodeStep.getByTestId('step-status')).toHaveText('No node · for node operators')
    expect(await getNode(FRESH)).toBe('')
  })
})
