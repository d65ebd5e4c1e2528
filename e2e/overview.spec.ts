import { readContract } from 'viem/actions'
import { LOCAL_PERMISSIONS } from '../lib/chain/networks'
import { permissionsAbi } from '../lib/ocn/abi'
import { chainClient } from './support/chain'
import { expect, test } from './support/fixtures'

test('the overview shows live figures read from the seeded contracts', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Services for the Open Charging Network' })).toBeVisible()
  await expect(page.getByTestId('network-badge')).toHaveAttribute('data-network-kind', 'local')
  await expect(page.getByTestId('network-switcher')).toContainText('Network: Local OCN network')
  await expect(page.getByTestId('figure-nodes')).toHaveText('2')
  await expect(page.getByTestId('figure-parties')).toHaveText('13')
  await expect(page.getByTestId('figure-services')).toHaveText('5')
  await expect(page.getByTestId('figure-agreements')).toHaveText('8')

  // Six services were published on chain, one of them withdrawn: the page counts only the live ones.
  const providers = await readContract(chainClient, { address: LOCAL_PERMISSIONS, abi: permissionsAbi, functionName: 'getProviders' })
  expect(providers).toHaveLength(6)
})

test('the first paint arrives with the figures already rendered on the server', async ({ request }) => {
  const html = await (await request.get('/')).text()
  expect(html).toMatch(/data-testid="figure-services"[^>]*>5</)
})
