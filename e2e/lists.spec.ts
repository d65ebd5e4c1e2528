import { encodeFunctionData } from 'viem'
import { LOCAL_PERMISSIONS } from '../lib/chain/networks'
import { anvilAddress } from '../lib/devnet/accounts'
import { seedBulkServices } from '../lib/devnet/bulk'
import { permissionsAbi } from '../lib/ocn/abi'
import { E2E_CHAIN_URL, sendAs } from './support/chain'
import { expect, test } from './support/fixtures'

const SMART_PAYMENT = anvilAddress(10)

test("a service's parties come a page at a time, with page links", async ({ page }) => {
  // 55 bulk parties agree to Smart Payment, beside the demo's two: two pages of 50.
  const parties = await seedBulkServices(E2E_CHAIN_URL, 55)
  const agree = encodeFunctionData({ abi: permissionsAbi, functionName: 'createAgreement', args: [SMART_PAYMENT] })
  for (const party of parties) await sendAs(party, LOCAL_PERMISSIONS, agree)

  await page.goto(`/services/${SMART_PAYMENT}`)
  await expect(page.getByRole('heading', { name: /Parties using this service/ })).toContainText('(57)')
  const list = page.getByTestId('agreeing-parties').getByRole('link')
  await expect(list).toHaveCount(50)
  const pager = page.getByRole('navigation', { name: 'Pages of parties using this service' })
  await pager.getByRole('link', { name: 'Next' }).click()
  await expect(page).toHaveURL(new RegExp(`/services/${SMART_PAYMENT}\\?page=2$`))
  await expect(list).toHaveCount(7)
  await expect(pager.getByTestId('current-page')).toHaveText('Page 2')
})
