import type { Page } from '@playwright/test'
import { type Address, encodeFunctionData } from 'viem'
import { readContract } from 'viem/actions'
import { LOCAL_REGISTRY } from '../lib/chain/networks'
import { anvilAddress } from '../lib/devnet/accounts'
import { registryAbi } from '../lib/ocn/abi'
import { chainClient, rpc, sendAs } from './support/chain'
import { expect, test } from './support/fixtures'
import { IdentityPage } from './support/identity-page'
import { containing } from './support/tx-progress'
import { sentTransactions } from './support/wallet'

const FRESH = anvilAddress(19)
const OTHER_OPERATOR = anvilAddress(18)
const MY_NODE = 'http://localhost:8090'

const getNode = (operator: Address) => readContract(chainClient, { address: LOCAL_REGISTRY, abi: registryAbi, functionName: 'getNode', args: [operator] })
const setNodeAs = (operator: Address, domain: string) =>
  sendAs(operator, LOCAL_REGISTRY, encodeFunctionData({ abi: registryAbi, functionName: 'setNode', args: [domain] }))
async function openChange(page: Page, url: string) {
  const { node } = await new IdentityPage(page).goto()
  await expect(node.domain).toHaveText(MY_NODE)
  await node.startChange(url)
  return node
}

test.describe('as a node operator changing its URL', () => {
  test.use({ walletAccount: 19 })

  test('a URL reserved on chain is refused before the first prompt, and the node stays listed', async ({ page }) => {
    await setNodeAs(FRESH, MY_NODE)
    // Listed, then changed in place: the URL stays reserved on chain without showing in any list.
    await setNodeAs(OTHER_OPERATOR, 'http://reserved.example')
    await setNodeAs(OTHER_OPERATOR, 'http://other.example')
    const nodeStep = await openChange(page, 'http://reserved.example')
    await expect(nodeStep.fieldErrors).toHaveCount(0)
    await nodeStep.confirmChange()

    await expect(nodeStep.tx.steps).toHaveCount(2)
    await nodeStep.tx.step(1).expectError({
      message: 'Nothing was sent: this step would fail. Another node already uses this URL (or once did: a node URL stays reserved forever on chain).',
      reason: 'Domain name already registered.',
    })
    await expect(nodeStep.tx.step(0).status()).toHaveCount(0)
    expect(await sentTransactions(page)).toHaveLength(0)
    expect(await getNode(FRESH)).toBe(MY_NODE)
    await expect(nodeStep.domain).toHaveText(MY_NODE)
    await expect(nodeStep.newUrlField).toHaveValue('http://reserved.example')
  })

  test('another spelling of a listed URL is refused, and the URL is stored exactly as shown', async ({ page }) => {
    await setNodeAs(FRESH, MY_NODE)
    const nodeStep = await openChange(page, 'HTTP://LOCALHOST:8081/')
    await expect(nodeStep.fieldErrors).toHaveText('Another node operator (0x3C44…93BC) already lists this URL. A node URL can be listed only once.')
    await nodeStep.newUrlField.fill('HTTPS://Node19.Example.com:443/')
    await expect(nodeStep.fieldErrors).toHaveCount(0)
    const preview = nodeStep.scope.getByTestId('node-url-preview')
    await expect(nodeStep.scope.getByTestId('node-url-stored')).toHaveText('https://node19.example.com')
    await expect(preview.getByText(containing('the standard spelling of what you typed'))).toBeVisible()
    await expect(preview.getByText(containing('byte for byte'))).toBeVisible()
    await nodeStep.confirmChange()
    await nodeStep.tx.expectStatus('confirmed', 1)
    expect(await getNode(FRESH)).toBe('https://node19.example.com')
    await expect(nodeStep.domain).toHaveText('https://node19.example.com')
  })

  test('the second step reverting after the first was mined is told as such, with the new URL kept', async ({ page }) => {
    await setNodeAs(FRESH, MY_NODE)
    const nodeStep = await openChange(page, 'https://node19.example.com')
    await rpc('evm_setAutomine', [false])
    try {
      await nodeStep.confirmChange()
      await nodeStep.tx.expectStatus('pending', 0)
      await rpc('evm_mine')
      await nodeStep.tx.expectStatus('pending', 1)
      // Another operator lists the same URL, in the same block and ahead of this one.
      await rpc('eth_sendTransaction', [
        {
          from: OTHER_OPERATOR,
          to: LOCAL_REGISTRY,
          data: encodeFunctionData({ abi: registryAbi, functionName: 'setNode', args: ['https://node19.example.com'] }),
          maxPriorityFeePerGas: '0x174876e800',
          maxFeePerGas: '0x2e90edd000',
          gas: '0x7a120',
        },
      ])
      await rpc('evm_mine')
    } finally {
      await rpc('evm_setAutomine', [true])
    }
    await nodeStep.tx.step(1).expectError({ status: 'reverted', message: 'mined but reverted', reason: 'Domain name already registered.' })
    expect(await getNode(FRESH)).toBe('')
    await expect(nodeStep.status).toHaveText('No node · for node operators')
    await expect(nodeStep.urlField).toHaveValue('https://node19.example.com')
  })
})

test('a listed node whose URL differs from another only in spelling is flagged on the registry', async ({ page }) => {
  await setNodeAs(OTHER_OPERATOR, 'HTTP://localhost:8080/')
  await page.goto('/registry')
  const nodes = page.getByTestId('node-list').getByRole('listitem').filter({ has: page.getByTestId('node-spelling-twin') })
  await expect(nodes).toHaveCount(2)
  await expect(nodes.nth(0).getByText('http://localhost:8080', { exact: true })).toBeVisible()
  await expect(nodes.nth(0).getByTestId('node-spelling-twin').getByText(containing('HTTP://localhost:8080/'))).toBeVisible()
  await expect(nodes.nth(1).getByTestId('node-spelling-twin').getByText(containing('http://localhost:8080'))).toBeVisible()
  await expect(page.getByTestId('node-list').getByRole('listitem').filter({ hasText: 'http://localhost:8081' }).getByTestId('node-spelling-twin')).toHaveCount(0)
})

test.describe('as the operator of a node spelled like another', () => {
  test.use({ walletAccount: 18 })

  test('its identity page flags the other spelling', async ({ page }) => {
    await setNodeAs(OTHER_OPERATOR, 'HTTP://localhost:8080/')
    const { node } = await new IdentityPage(page).goto()
    const twin = node.scope.getByTestId('node-spelling-twin')
    await expect(twin.getByText(containing('Same URL as another listed node, spelled differently'))).toBeVisible()
    await expect(twin.getByText(containing('http://localhost:8080'))).toBeVisible()
  })
})
