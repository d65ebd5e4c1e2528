import type { Page } from '@playwright/test'
import { expect } from '@playwright/test'
import type { Address } from 'viem'
import { readContract } from 'viem/actions'
import { LOCAL_PERMISSIONS } from '../../lib/chain/networks'
import { permissionsAbi } from '../../lib/ocn/abi'
import { chainClient } from './chain'

export async function connectWallet(page: Page, option: string | RegExp = 'Test Wallet') {
  await page.getByRole('button', { name: 'Connect wallet' }).click()
  const dialog = page.getByRole('dialog', { name: 'Connect a wallet' })
  await dialog.getByRole('button', { name: option }).click()
  await expect(dialog).toBeHidden()
}

export function hasAgreement(user: Address, provider: Address): Promise<boolean> {
  return readContract(chainClient, { address: LOCAL_PERMISSIONS, abi: permissionsAbi, functionName: 'hasUserAgreementByAddress', args: [user, provider] })
}
