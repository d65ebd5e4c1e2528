import { anvilAddress } from '../lib/devnet/accounts'
import { rpc } from './support/chain'
import { expect, test } from './support/fixtures'
import { connectWallet, hasAgreement } from './support/wallet'

const DE_MSP = anvilAddress(7)
const REVOCABLE = [9, 11, 13].map(anvilAddress)

test('select all revokes every agreement, one prompt at a time, saying how many are done', async ({ page }) => {
  await page.goto('/agreements')
  await connectWallet(page)
  await expect(page.getByTestId('agreement')).toHaveCount(3)
  await page.getByRole('checkbox', { name: 'Select all' }).check()
  await page.getByRole('button', { name: 'Revoke 3 selected' }).click()
  const revoke = page.getByRole('dialog', { name: 'Revoke 3 agreements' })
  const progress = revoke.getByTestId('tx-progress')
  await rpc('evm_setAutomine', [false])
  try {
    await revoke.getByRole('button', { name: 'Revoke 3 agreements' }).click()
    await expect(revoke.getByTestId('revoke-item').nth(0).getByTestId('tx-status')).toHaveAttribute('data-status', 'pending')
    await expect(progress).toHaveText('0 of 3 done')
    await rpc('evm_mine')
    await expect(revoke.getByTestId('revoke-item').nth(1).getByTestId('tx-status')).toHaveAttribute('data-status', 'pending')
    await expect(progress).toHaveText('1 of 3 done')
  } finally {
    await rpc('evm_setAutomine', [true])
    // Whatever the app sent just before mining went automatic again is mined now.
    await rpc('evm_mine')
  }
  await expect(progress).toHaveText('3 of 3 done')
  await revoke.getByRole('button', { name: 'Close' }).click()
  await expect(page.getByTestId('agreement')).toHaveCount(0)
  for (const provider of REVOCABLE) expect(await hasAgreement(DE_MSP, provider)).toBe(false)
  await expect(page.getByRole('checkbox', { name: 'Select all' })).toHaveCount(0)
})
