import type { Page } from '@playwright/test'
import { type Address, encodeFunctionData } from 'viem'
import { readContract } from 'viem/actions'
import { LOCAL_REGISTRY } from '../lib/chain/networks'
import { anvilAddress } from '../lib/devnet/accounts'
import { registryAbi } from '../lib/ocn/abi'
import { chainClient, rpc, sendAs } from './support/chain'
import { expect, test } from './support/fixtures'
import { connectWallet } from './support/wallet'

const FRESH = anvilAddress(19)
const OTHER_OPERATOR = anvilAddress(18)
const MY_NODE = 'http://localhost:8090'

const getNode = (operator: Address) => readContract(chainClient, { address: LOCAL_REGISTRY, abi: registryAbi, functionName: 'getNode', args: [operator] })
const setNodeAs = (operator: Address, domain: string) =>
  sendAs(operator, LOCAL_REGISTRY, encodeFunctionData({ abi: registryAbi, functionName: 'setNode', args: [domain] }))
const sentTransactions = async (page: Page) => (await page.evaluate(() => window.testWallet.requests())).filter((m) => m === 'eth_sendTransaction')

async function openChange(page: Page, url: string) {
  await page.goto('/identity')
  await connectWallet(page)
  const nodeStep = page.getByTestId('node-step')
  await expect(nodeStep.getByTestId('own-node-domain')).toHaveText(MY_NODE)
  await nodeStep.getByRole('button', { name: 'Change URL' }).click()
  await nodeStep.getByLabel('New node URL').fill(url)
  await nodeStep.getByLabel(/I understand that my node is unlisted/).check()
  return nodeStep
}

test.describe('as a node operator changing its URL', () => {
  test.use({ walletAccount: 19 })

  test('a URL reserved on chain is refused before the first prompt, and the node stays listed', async ({ page }) => {
    await setNodeAs(FRESH, MY_NODE)
    // Listed, then changed in place: the URL stays reserved on chain without showing in any list.
    await setNodeAs(OTHER_OPERATOR, 'http://reserved.example')
    await setNodeAs(OTHER_OPERATOR, 'http://other.example')
    const nodeStep = await openChange(page, 'http://reserved.example')
    await expect(nodeStep.getByTestId('field-error')).toHaveCount(0)
    await nodeStep.getByRole('button', { name: 'Delete the old URL, then list the new one' }).click()
    await nodeStep.getByRole('button', { name: 'Confirm and sign' }).click()

    const steps = nodeStep.getByTestId('tx-step')
    await expect(steps).toHaveCount(2)
    await expect(steps.nth(1).getByTestId('tx-error')).toContainText(
      'Nothing was sent: this step would fail. Another node already uses this URL (or once did: a node URL stays reserved forever on chain).',
    )
    await expect(steps.nth(1).getByTestId('tx-error')).toContainText('Contract message: “Domain name already registered.”')
    await expect(steps.nth(0).getByTestId('tx-status')).toHaveCount(0)
    expect(await sentTransactions(page)).toHaveLength(0)
    expect(await getNode(FRESH)).toBe(MY_NODE)
    await expect(nodeStep.getByTestId('own-node-domain')).toHaveText(MY_NODE)
    await expect(nodeStep.getByLabel('New node URL')).toHaveValue('http://reserved.example')
  })

  test('another spelling of a listed URL is refused, and the URL is stored exactly as shown', async ({ page }) => {
    await setNodeAs(FRESH, MY_NODE)
    const nodeStep = await openChange(page, 'HTTP://LOCALHOST:8081/')
    await expect(nodeStep.getByTestId('field-error')).toHaveText(
      'Another node operator (0x3C44…93BC) already lists this URL. A node URL can be listed only once.',
    )
    const url = nodeStep.getByLabel('New node URL')
    await url.fill('HTTPS://Node19.Example.com:443/')
    await expect(nodeStep.getByTestId('field-error')).toHaveCount(0)
    await expect(nodeStep.getByTestId('node-url-stored')).toHaveText('https://node19.example.com')
    await expect(nodeStep.getByTestId('node-url-preview')).toContainText('the standard spelling of what you typed')
    await expect(nodeStep.getByTestId('node-url-preview')).toContainText('byte for byte')
    await nodeStep.getByRole('button', { name: 'Delete the old URL, then list the new one' }).click()
    await nodeStep.getByRole('button', { name: 'Confirm and sign' }).click()
    await expect(nodeStep.getByTestId('tx-status').nth(1)).toHaveAttribute('data-status', 'confirmed')
    expect(await getNode(FRESH)).toBe('https://node19.example.com')
    await expect(nodeStep.getByTestId('own-node-domain')).toHaveText('https://node19.example.com')
  })

  test('the second step reverting after the first was mined is told as such, with the new URL kept', async ({ page }) => {
    await setNodeAs(FRESH, MY_NODE)
    const nodeStep = await openChange(page, 'https://node19.example.com')
    await rpc('evm_setAutomine', [false])
    try {
      await nodeStep.getByRole('button', { name: 'Delete the old URL, then list the new one' }).click()
      await nodeStep.getByRole('button', { name: 'Confirm and sign' }).click()
      await expect(nodeStep.getByTestId('tx-status').nth(0)).toHaveAttribute('data-status', 'pending')
      await rpc('evm_mine')
      await expect(nodeStep.getByTestId('tx-status').nth(1)).toHaveAttribute('data-status', 'pending')
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
    const error = nodeStep.getByTestId('tx-step').nth(1).getByTestId('tx-error')
    await expect(error).toHaveAttribute('data-status', 'reverted')
    await expect(error).toContainText('mined but reverted')
    await expect(error).toContainText('Contract message: “Domain name already registered.”')
    expect(await getNode(FRESH)).toBe('')
    await expect(nodeStep.getByTestId('step-status')).toHaveText('No node · for node operators')
    await expect(nodeStep.getByLabel('Node URL', { exact: true })).toHaveValue('https://node19.example.com')
  })
})

test('a listed node whose URL differs from another only in spelling is flagged on the registry', async ({ page }) => {
  await setNodeAs(OTHER_OPERATOR, 'HTTP://localhost:8080/')
  await page.goto('/registry')
  const nodes = page.getByTestId('node-list').getByRole('listitem').filter({ has: page.getByTestId('node-spelling-twin') })
  await expect(nodes).toHaveCount(2)
  await expect(nodes.nth(0)).toContainText('http://localhost:8080')
  await expect(nodes.nth(0).getByTestId('node-spelling-twin')).toContainText('HTTP://localhost:8080/')
  await expect(nodes.nth(1).getByTestId('node-spelling-twin')).toContainText('http://localhost:8080')
  await expect(page.getByTestId('node-list').getByRole('listitem').filter({ hasText: 'http://localhost:8081' }).getByTestId('node-spelling-twin')).toHaveCount(0)
})

test.describe('as the operator of a node spelled like another', () => {
  test.use({ walletAccount: 18 })

  test('its identity page flags the other spelling', async ({ page }) => {
    await setNodeAs(OTHER_OPERATOR, 'HTTP://localhost:8080/')
    await page.goto('/identity')
    await connectWallet(page)
    const twin = page.getByTestId('node-step').getByTestId('node-spelling-twin')
    await expect(twin).toContainText('Same URL as another listed node, spelled differently')
    await expect(twin).toContainText('http://localhost:8080')
  })
})
