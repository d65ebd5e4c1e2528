import { type Address, encodeFunctionData, stringToHex, zeroAddress } from 'viem'
import { readContract, simulateContract } from 'viem/actions'
import { LOCAL_REGISTRY } from '../lib/chain/networks'
import { anvilAddress } from '../lib/devnet/accounts'
import { registryAbi } from '../lib/ocn/abi'
import { chainClient, rpc, sendAs } from './support/chain'
import { expect, test } from './support/fixtures'
import { IdentityPage } from './support/identity-page'
import { containing } from './support/tx-progress'
import { rejectNext, sentTransactions } from './support/wallet'

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

test('without a wallet the page says to connect one, and the header links to it', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('link', { name: 'My identity' }).click()
  await expect(page).toHaveURL(/\/identity$/)
  await expect(page.getByRole('heading', { name: 'My OCN identity' })).toBeVisible()
  await expect(page.getByTestId('empty-state')).toContainText('Connect your wallet')
  await expect(page.getByTestId('identity-checklist')).toHaveCount(0)
})

test('a party update re-applies the modules it chose, which setParty wipes', async ({ page }) => {
  const identity = await new IdentityPage(page).goto()
  const { party: partyStep, modules: modulesStep } = identity
  await expect(partyStep.status).toHaveText('Listed as DE*MSP')

  await modulesStep.module('Tokens as sender').uncheck()
  await expect(modulesStep.unsaved).toBeVisible()
  await modulesStep.save()
  await modulesStep.tx.expectStatus('confirmed')
  expect((await partyOf(DE_MSP)).modulesSender).toEqual([2])

  await expect(partyStep.updateButton).toBeDisabled()
  await partyStep.fill({ roles: ['Charge point operator (CPO)'], node: 'http://localhost:8081' })
  const warning = partyStep.scope.getByTestId('party-update-warning')
  await expect(warning.getByText(containing('wipe your party'))).toBeVisible()
  const modulesSummary = warning.getByTestId('modules-summary')
  await expect(modulesSummary.getByRole('term')).toHaveText(['Sender', 'Receiver'])
  await expect(modulesSummary.getByRole('definition')).toHaveText(['Commands', 'CDRs, Locations, Sessions, Tariffs'])
  await partyStep.update()

  await expect(partyStep.tx.steps).toHaveCount(2)
  await partyStep.tx.expectStatus('confirmed', 0)
  await partyStep.tx.expectStatus('confirmed', 1)
  const party = await partyOf(DE_MSP)
  expect(party.roles).toEqual([0, 1])
  expect(party.operator).toBe(NODE_8081)
  expect(party.modulesSender).toEqual([2])
  expect(party.modulesReceiver).toEqual([0, 3, 4, 5])
  await expect(partyStep.scope.getByTestId('party-node')).toHaveText('http://localhost:8081')
  expect(await sentTransactions(page)).toHaveLength(3)
})

test('modules wiped by an update whose re-apply was rejected stay chosen, across a reload, to save again', async ({ page }) => {
  const identity = await new IdentityPage(page).goto()
  const { party: partyStep, modules: modulesStep } = identity
  await partyStep.fill({ roles: ['Charge point operator (CPO)'] })
  await rpc('evm_setAutomine', [false])
  try {
    await partyStep.update()
    await partyStep.tx.expectStatus('pending', 0)
    // setParty is on its way; the user then rejects the second signature.
    await rejectNext(page)
    await rpc('evm_mine')
  } finally {
    await rpc('evm_setAutomine', [true])
  }
  await expect(modulesStep.status).toHaveText('None set')
  const wiped = await partyOf(DE_MSP)
  expect([wiped.roles, wiped.modulesSender, wiped.modulesReceiver]).toEqual([[0, 1], [], []])
  await expect(modulesStep.unsaved).toBeVisible()

  await page.reload()
  const reloaded = identity.modules
  await expect(reloaded.module('Commands as sender')).toBeChecked()
  await expect(reloaded.module('CDRs as receiver')).toBeChecked()
  await reloaded.save()
  await reloaded.tx.expectStatus('confirmed')
  const restored = await partyOf(DE_MSP)
  expect([restored.modulesSender, restored.modulesReceiver]).toEqual([[2, 6], [0, 3, 4, 5]])
})

test.describe('as a fresh account with no OCN identity', () => {
  test.use({ walletAccount: 19 })

  test('lists its own node, then its party on that node, then sets its modules', async ({ page }) => {
    const identity = await new IdentityPage(page).goto()
    await expect(identity.accountIdentity).toHaveText('no OCN identity')
    const { node: nodeStep, party: partyStep, modules: modulesStep } = identity
    await expect(nodeStep.status).toHaveText('No node · for node operators')
    await expect(partyStep.status).toHaveText('Not listed')
    await expect(modulesStep.scope.getByText(containing('List your party first'))).toBeVisible()

    await nodeStep.list(MY_NODE)
    await nodeStep.tx.expectStatus('confirmed')
    await expect(nodeStep.domain).toHaveText(MY_NODE)
    expect(await getNode(FRESH)).toBe(MY_NODE)

    const sentBefore = (await sentTransactions(page)).length
    await partyStep.submitList({ countryCode: 'NL', partyId: 'N19', roles: ['Charge point operator (CPO)'], node: MY_NODE })
    // The review before the wallet opens says what will be public, and what the listing does not do yet.
    await expect(partyStep.review.getByRole('heading', { name: 'Review: List your party as NL*N19' })).toBeVisible()
    await expect(partyStep.review.getByTestId('review-not-done').getByText('It does not set your OCPI modules: that is the next step.')).toBeVisible()
    await expect(partyStep.countryCode).toBeDisabled()
    // The review alone sends nothing: the wallet opens only on confirming.
    expect(await sentTransactions(page)).toHaveLength(sentBefore)
    await partyStep.confirmReview()
    await partyStep.tx.expectStatus('confirmed')
    await expect(partyStep.status).toHaveText('Listed as NL*N19')
    await expect(identity.accountIdentity).toHaveText('NL*N19 · CPO')
    const listed = await partyOf(FRESH)
    expect([listed.countryCode, listed.partyId, listed.roles, listed.operator]).toEqual(['0x4e4c', '0x4e3139', [0], FRESH])

    await modulesStep.save({ check: ['CDRs as sender', 'Locations as sender', 'Commands as receiver'] })
    await modulesStep.tx.expectStatus('confirmed')
    await expect(modulesStep.status).toHaveText('2 sender · 1 receiver')
    const withModules = await partyOf(FRESH)
    expect(withModules.modulesSender).toEqual([0, 3])
    expect(withModules.modulesReceiver).toEqual([2])

    await page.getByRole('link', { name: 'Registry' }).click()
    await expect(page.getByTestId('party-rows').getByRole('link', { name: 'NL*N19' })).toBeVisible()
    await expect(page.getByTestId('node-list').getByText(MY_NODE, { exact: true })).toBeVisible()
  })

  test('changes its node URL by deleting it first, then listing the new one', async ({ page }) => {
    await setNodeAs(FRESH, MY_NODE)
    const { node: nodeStep } = await new IdentityPage(page).goto()
    await expect(nodeStep.domain).toHaveText(MY_NODE)

    await nodeStep.startChange('https://node19.example.com', { acknowledge: false })
    await expect(nodeStep.scope.getByTestId('node-change-warning').getByText(containing('stays reserved forever on chain'))).toBeVisible()
    await expect(nodeStep.changeButton).toBeDisabled()
    await nodeStep.scope.getByLabel(/I understand that my node is unlisted/).check()
    await nodeStep.confirmChange()

    await expect(nodeStep.tx.steps).toHaveCount(2)
    await expect(nodeStep.tx.steps.nth(0).getByText(containing('deleteNode'))).toBeVisible()
    await nodeStep.tx.expectStatus('confirmed', 0)
    await expect(nodeStep.tx.steps.nth(1).getByText(containing('setNode'))).toBeVisible()
    await nodeStep.tx.expectStatus('confirmed', 1)
    await expect(nodeStep.domain).toHaveText('https://node19.example.com')
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
    const identity = await new IdentityPage(page).goto()
    const { node: nodeStep } = identity

    await nodeStep.submitList()
    await expect(nodeStep.fieldErrors).toHaveText('Enter the URL of your OCN node.')
    await nodeStep.urlField.fill('ftp://node.example')
    await expect(nodeStep.fieldErrors).toContainText('Enter a full http:// or https:// URL')
    await nodeStep.urlField.fill('http://localhost:8080')
    await expect(nodeStep.fieldErrors).toHaveText('Another node operator (0x7099…79C8) already lists this URL. A node URL can be listed only once.')
    await nodeStep.submitList()
    await expect(nodeStep.review).toHaveCount(0)
    await expect(nodeStep.tx.steps).toHaveCount(0)

    await nodeStep.list('http://reserved.example')
    await nodeStep.tx.expectError({
      message: 'Another node already uses this URL (or once did: a node URL stays reserved forever on chain). Choose a different URL.',
      reason: 'Domain name already registered.',
    })
    await expect(nodeStep.urlField).toHaveValue('http://reserved.example')
    expect(await sentTransactions(page)).toHaveLength(0)

    await page.reload()
    await expect(identity.node.urlField).toHaveValue('http://reserved.example')
    expect(await getNode(FRESH)).toBe('')
  })

  test('party input survives a rejected signature and a reload, until it is confirmed', async ({ page }) => {
    await setNodeAs(FRESH, MY_NODE)
    const identity = await new IdentityPage(page).goto()
    const { party: partyStep } = identity
    await partyStep.fill({ countryCode: 'NL', partyId: 'N19', roles: ['e-Mobility service provider (EMSP)'], node: MY_NODE })

    await rejectNext(page)
    await partyStep.list()
    await expect(partyStep.listButton).toBeEnabled()
    await partyStep.tx.expectQuiet()
    await expect(partyStep.countryCode).toHaveValue('NL')
    expect((await partyOf(FRESH)).operator).toBe(zeroAddress)

    await page.reload()
    const reloaded = identity.party
    await expect(reloaded.countryCode).toHaveValue('NL')
    await expect(reloaded.partyId).toHaveValue('N19')
    await expect(reloaded.role('e-Mobility service provider (EMSP)')).toBeChecked()
    await expect(reloaded.nodeSelect).toHaveValue(FRESH)

    await reloaded.list()
    await reloaded.tx.expectStatus('confirmed')
    expect((await partyOf(FRESH)).roles).toEqual([1])
    // The draft is dropped once the confirmed write has refreshed the page's reads.
    await expect.poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':draft:identity:')))).toEqual([])
  })

  test('credentials another address holds are refused before signing', async ({ page }) => {
    await setNodeAs(FRESH, MY_NODE)
    const { party: partyStep } = await new IdentityPage(page).goto()
    await expect(partyStep.nodeSelect.getByRole('option')).toHaveText(['Choose a listed node', 'http://localhost:8080', 'http://localhost:8081', MY_NODE])

    await partyStep.submitList({ countryCode: 'de', partyId: 'MSP' })
    await expect(partyStep.fieldErrors).toHaveText([
      'Country code must be 2 upper-case letters A-Z (for example DE).',
      'Choose at least one role for your party.',
      'Choose the OCN node that serves your party.',
    ])

    await partyStep.fill({ countryCode: 'DE', roles: ['e-Mobility service provider (EMSP)'], node: MY_NODE })
    const clash =
      'DE*MSP is already listed by another address (0x14dC…9955). Each country code and party ID can belong to one address only: ' +
      'check your credentials, or connect the wallet that holds them.'
    await expect(partyStep.fieldErrors).toHaveText([clash])
    await partyStep.submitList()
    await expect(partyStep.fieldErrors).toHaveText([clash])
    await expect(partyStep.review).toHaveCount(0)
    await expect(partyStep.tx.steps).toHaveCount(0)
    expect(await sentTransactions(page)).toHaveLength(0)
    expect((await partyOf(FRESH)).operator).toBe(zeroAddress)
  })

  test('deletes its party, then its node', async ({ page }) => {
    await setNodeAs(FRESH, MY_NODE)
    await setPartyAs(FRESH, 'NL', 'N19', [0], FRESH)
    const identity = await new IdentityPage(page).goto()
    await expect(identity.accountIdentity).toHaveText('NL*N19 · CPO')
    const { party: partyStep, node: nodeStep } = identity
    await expect(
      partyStep.scope.getByTestId('party-summary').getByText('Listed as NL*N19 (Charge point operator) on the node http://localhost:8090.', { exact: true }),
    ).toBeVisible()

    await partyStep.openDelete()
    await expect(partyStep.review.getByTestId('review-changes').getByText('NL*N19 is released for any address to list.')).toBeVisible()
    await partyStep.confirmDelete()
    await partyStep.tx.expectStatus('confirmed')
    await expect(partyStep.status).toHaveText('Not listed')
    await expect(identity.accountIdentity).toHaveText('no OCN identity')
    expect((await partyOf(FRESH)).operator).toBe(zeroAddress)

    await nodeStep.openDelete()
    await expect(nodeStep.review.getByTestId('review-changes').getByText('Its URL is released for anyone to list.')).toBeVisible()
    await nodeStep.confirmDelete()
    await nodeStep.tx.expectStatus('confirmed')
    await expect(nodeStep.status).toHaveText('No node · for node operators')
    expect(await getNode(FRESH)).toBe('')
  })
})
