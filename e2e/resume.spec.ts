import type { Page } from '@playwright/test'
import { createPublicClient, http } from 'viem'
import { readContract } from 'viem/actions'
import { LOCAL_PERMISSIONS, LOCAL_REGISTRY } from '../lib/chain/networks'
import { anvilAddress } from '../lib/devnet/accounts'
import { permissionsAbi, registryAbi } from '../lib/ocn/abi'
import { E2E_CHAIN_URL, rpc } from './support/chain'
import { expect, test } from './support/fixtures'
import { IdentityPage } from './support/identity-page'
import { ListingEditor } from './support/listing-editor'
import { connectWallet, hasAgreement } from './support/wallet'

const DE_MSP = anvilAddress(7)
const LOCATIONS = anvilAddress(11)
const DE_HUB = anvilAddress(15)
const chainClient = createPublicClient({ transport: http(E2E_CHAIN_URL) })

/**
 * Sends a write with mining paused, reloads while it is pending, then mines: the reloaded page must show the
 * same write pending where its action is shown, and see it through to its receipt.
 */
async function reloadWhilePending(page: Page, send: () => Promise<void>, afterReload: () => Promise<void>) {
  await rpc('evm_setAutomine', [false])
  try {
    await send()
    await page.reload()
    await afterReload()
    await rpc('evm_mine')
  } finally {
    await rpc('evm_setAutomine', [true])
  }
}

test('a pending revoke survives a reload and still resolves in My agreements', async ({ page }) => {
  await page.goto('/agreements')
  await connectWallet(page)
  const item = page.locator(`[data-testid="agreement"][data-provider="${LOCATIONS}"]`)
  const progress = page.getByTestId('revoke-progress')
  await reloadWhilePending(
    page,
    async () => {
      await item.getByRole('button', { name: 'Revoke' }).click()
      const revoke = page.getByRole('dialog', { name: 'Revoke this agreement' })
      await revoke.getByRole('button', { name: 'Revoke agreement' }).click()
      await expect(revoke.getByTestId('tx-status')).toHaveAttribute('data-status', 'pending')
    },
    async () => {
      await expect(progress.getByTestId('tx-step').getByText('Location Data Enrichment')).toBeVisible()
      await expect(progress.getByTestId('tx-status')).toHaveAttribute('data-status', 'pending')
    },
  )
  await expect(progress.getByTestId('tx-status')).toHaveAttribute('data-status', 'confirmed')
  await expect(item).toHaveCount(0)
  expect(await hasAgreement(DE_MSP, LOCATIONS)).toBe(false)
})

test('a pending identity step survives a reload and still resolves', async ({ page }) => {
  const identity = await new IdentityPage(page).goto()
  const modulesStep = identity.modules
  await reloadWhilePending(
    page,
    async () => {
      await modulesStep.save({ uncheck: ['Tokens as sender'] })
      await modulesStep.tx.expectStatus('pending')
    },
    async () => {
      await expect(modulesStep.tx.steps.getByText('Set your OCPI modules (setPartyModules)')).toBeVisible()
      await modulesStep.tx.expectStatus('pending')
    },
  )
  await modulesStep.tx.expectStatus('confirmed')
  const party = await readContract(chainClient, { address: LOCAL_REGISTRY, abi: registryAbi, functionName: 'getPartyDetailsByAddress', args: [DE_MSP] })
  expect(party[2]).toEqual([2])
})

test.describe('as DE*HUB, a listed party without a service', () => {
  test.use({ walletAccount: 15 })

  test('a pending listing publish survives a reload and still resolves', async ({ page }) => {
    const editor = await new ListingEditor(page).goto()
    await reloadWhilePending(
      page,
      async () => {
        await editor.fill('Hub CDR Archive', 'https://archive.dehub.example/ocn')
        await editor.preset('Billing')
        await editor.publish()
        await editor.signPublish()
        await editor.write.expectStatus('pending')
      },
      async () => {
        await expect(editor.tx.steps.getByText('Publish the service')).toBeVisible()
        await editor.write.expectStatus('pending')
      },
    )
    await editor.write.expectStatus('confirmed')
    const [, , name] = await readContract(chainClient, { address: LOCAL_PERMISSIONS, abi: permissionsAbi, functionName: 'getService', args: [DE_HUB] })
    expect(name).toBe('Hub CDR Archive')
  })
})
