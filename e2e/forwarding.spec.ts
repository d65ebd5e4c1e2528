import { encodeFunctionData } from 'viem'
import { LOCAL_PERMISSIONS } from '../lib/chain/networks'
import { anvilAddress } from '../lib/devnet/accounts'
import { DEMO_ACCOUNT } from '../lib/devnet/demo-network'
import { permissionsAbi } from '../lib/ocn/abi'
import type { Page } from '@playwright/test'
import { AgreementsPage } from './support/agreement-pages'
import { sendAs } from './support/chain'
import { expect, test } from './support/fixtures'
import { hasAgreement } from './support/wallet'

const at = (account: number) => anvilAddress(account)
const { DE_MSP, DE_BIL, NL_LOC, GB_SCS, DE_TRF, AT_CO2 } = DEMO_ACCOUNT

/** The preview on the page, its picker, and one service's row by provider. */
function preview(page: Page) {
  const root = page.getByTestId('forward-preview')
  return {
    root,
    headline: root.getByTestId('forward-headline'),
    receivers: root.getByTestId('forward-receivers').getByTestId('forward-outcome'),
    others: root.getByTestId('forward-others'),
    row: (account: number) => root.locator(`[data-testid="forward-outcome"][data-provider="${at(account)}"]`),
    pick: async (module: string, iface: string, method: string) => {
      await root.getByTestId('forward-module').selectOption(module)
      await root.getByTestId('forward-interface').selectOption(iface)
      await root.getByTestId('forward-method').selectOption(method)
    },
  }
}

test('a party page: who gets a copy of a session push, twice for an agreement made again, and the node switch stated', async ({ page }) => {
  await page.goto('/parties/DE*CPO')
  const p = preview(page)
  await expect(p.headline).toHaveText('When DE*CPO sends PUT /ocpi/receiver/2.2/sessions, this service gets a copy:')
  await expect(p.root.getByTestId('forward-endpoint')).toHaveText("The node's endpoint: PUT /ocpi/receiver/2.2/sessions/{countryCode}/{partyID}/{sessionID}")
  await expect(p.receivers).toHaveCount(1)
  await expect(p.row(GB_SCS)).toHaveAttribute('data-copies', '2')
  await expect(p.row(GB_SCS).getByTestId('forward-reason')).toContainText('It gets 2 copies: the agreement was made again after a revoke')
  await expect(p.row(NL_LOC)).toHaveAttribute('data-verdict', 'no-match')
  await expect(p.row(NL_LOC).getByTestId('forward-reason')).toHaveText('No copy: its permissions (Locations · sender, Locations · receiver) do not cover Sessions · receiver.')
  await expect(p.root.getByTestId('forward-notes')).toContainText("a setting of the node that the chain cannot show")
})

test('the request lives in the URL: a picked request survives a reload and can be linked', async ({ page }) => {
  await page.goto('/parties/CH*CPA')
  const p = preview(page)
  await p.pick('cdrs', 'receiver', 'POST')
  await expect(page).toHaveURL(/fwd=cdrs&fwd-if=receiver&fwd-method=POST/)
  await expect(p.headline).toHaveText('When CH*CPA sends POST /ocpi/receiver/2.2/cdrs, this service gets a copy:')
  await expect(p.row(DE_BIL)).toHaveAttribute('data-verdict', 'copy')
  await expect(p.row(AT_CO2)).toHaveAttribute('data-verdict', 'withdrawn')

  await page.reload()
  await expect(p.root.getByTestId('forward-module')).toHaveValue('cdrs')
  await expect(p.row(DE_BIL)).toHaveAttribute('data-verdict', 'copy')

  // A module the node never copies: nobody, whatever the permissions (Smart Payment holds FORWARD_ALL).
  await page.goto('/parties/CH*CPB?fwd=credentials&fwd-if=receiver&fwd-method=POST')
  await expect(p.headline).toHaveText(/no service gets a copy\.$/)
  await expect(p.root.getByTestId('forward-blocked')).toHaveText(/^Credentials requests are answered by the node itself/)
  await page.goto('/parties/CH*CPB?fwd=tokens&fwd-if=sender&fwd-method=POST')
  await expect(p.headline).toHaveText('When CH*CPB sends POST /ocpi/sender/2.2/tokens, this service gets a copy:')
})

test('a service page: pick one of its parties as the sender; this service is marked among the copies', async ({ page }) => {
  await page.goto(`/services/${at(DE_BIL)}`)
  const p = preview(page)
  await p.root.getByTestId('forward-from').selectOption('DE*MSP')
  await p.pick('cdrs', 'receiver', 'POST')
  await expect(page).toHaveURL(/fwd-from=DE\*MSP|fwd-from=DE%2AMSP/)
  await expect(p.headline).toHaveText('When DE*MSP sends POST /ocpi/receiver/2.2/cdrs, this service gets a copy:')
  await expect(p.row(DE_BIL).getByText('this service')).toBeVisible()
  await expect(p.row(NL_LOC)).toHaveAttribute('data-verdict', 'no-match')
  await expect(p.row(DE_TRF)).toHaveAttribute('data-verdict', 'no-match')
})

test('/agreements: the connected party revokes on chain, and its node still forwards (the nodes up to 1.2.0 quirk)', async ({ page }) => {
  const agreements = await new AgreementsPage(page).goto()
  const p = preview(page)
  await expect(p.root.getByRole('heading')).toHaveText('What will your node forward?')
  await p.pick('tariffs', 'sender', 'GET')
  await expect(p.headline).toHaveText('When DE*MSP sends GET /ocpi/sender/2.2/tariffs, this service gets a copy:')
  await expect(p.row(DE_TRF)).toHaveAttribute('data-verdict', 'copy')

  await sendAs(at(DE_MSP), LOCAL_PERMISSIONS, encodeFunctionData({ abi: permissionsAbi, functionName: 'revokeAgreement', args: [at(DE_TRF)] }))
  expect(await hasAgreement(at(DE_MSP), at(DE_TRF))).toBe(false)
  await page.reload()
  await expect(agreements.item(at(DE_TRF))).toHaveCount(0)
  await expect(p.row(DE_TRF)).toHaveAttribute('data-verdict', 'copy-revoked')
  await expect(p.row(DE_TRF).getByText('revoked', { exact: true })).toBeVisible()
  await expect(p.row(DE_TRF).getByTestId('forward-reason')).toContainText('OCN nodes up to 1.2.0 read the agreement list without checking it is still active')
})
