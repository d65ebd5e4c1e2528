/** The test wallet as a user drives it: connect, switch account, reject a prompt; and what it was asked to sign. */
import type { Page } from '@playwright/test'
import { expect } from '@playwright/test'
import type { Address } from 'viem'
import { readContract } from 'viem/actions'
import { LOCAL_PERMISSIONS } from '../../lib/chain/networks'
import { permissionsAbi } from '../../lib/ocn/abi'
import { chainClient } from './chain'

/** Connects through the header's dialog; `option` names the wallet (or dev account) to pick. */
export async function connectWallet(page: Page, option: string | RegExp = 'Test Wallet') {
  await page.getByRole('button', { name: 'Connect wallet' }).click()
  const dialog = page.getByRole('dialog', { name: 'Connect a wallet' })
  await dialog.getByRole('button', { name: option }).click()
  await expect(dialog).toBeHidden()
}

/** As when the user picks another account in the wallet: the page is told through `accountsChanged`. */
export async function switchAccount(page: Page, account: Address): Promise<void> {
  await page.evaluate((next) => window.testWallet.setAccount(next), account)
}

/** The wallet's next prompt for `method` is rejected, as when the user clicks "Reject". */
export async function rejectNext(page: Page, method: 'eth_sendTransaction' | 'eth_requestAccounts' = 'eth_sendTransaction'): Promise<void> {
  await page.evaluate((m) => window.testWallet.rejectNext(m), method)
}

/** Every transaction the page asked this tab's wallet to sign and send. */
export async function sentTransactions(page: Page): Promise<string[]> {
  return (await page.evaluate(() => window.testWallet.requests())).filter((method) => method === 'eth_sendTransaction')
}

export function hasAgreement(user: Address, provider: Address): Promise<boolean> {
  return readContract(chainClient, { address: LOCAL_PERMISSIONS, abi: permissionsAbi, functionName: 'hasUserAgreementByAddress', args: [user, provider] })
}
