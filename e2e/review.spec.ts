import type { Page } from '@playwright/test'
import { type Address, encodeFunctionData } from 'viem'
import { LOCAL_PERMISSIONS, LOCAL_REGISTRY } from '../lib/chain/networks'
import { anvilAddress } from '../lib/devnet/accounts'
import { permissionsAbi, registryAbi } from '../lib/ocn/abi'
import { encodeCountryCode, encodePartyId } from '../lib/ocn/codecs'
import { sendAs } from './support/chain'
import { ServicePage } from './support/agreement-pages'
import { expect, test } from './support/fixtures'
import { definitionOf, textParts } from './support/text-parts'
import { containing } from './support/tx-progress'
import { connectWallet } from './support/wallet'

// Demo providers (lib/devnet/demo-network.ts) whose listings a test rewrites as that provider would.
const BILLING = anvilAddress(9) // DE*BIL, Roaming Billing & Invoicing
const PAYMENT = anvilAddress(10) // CH*PAY, Smart Payment, on node 2
const LOCATIONS = anvilAddress(11) // NL*LOC
const SMART_CHARGING = anvilAddress(12) // GB*SCS, on node 1: DE*MSP has not agreed to it, so it can be reviewed
const TARIFFS = anvilAddress(13) // DE*TRF
const NODE_1 = anvilAddress(1)
const NODE_2 = anvilAddress(2)
const NEWCOMER = anvilAddress(19) // no OCN identity in the seed

function publish(provider: Address, name: string, url: string, permissions: readonly bigint[]) {
  return sendAs(provider, LOCAL_PERMISSIONS, encodeFunctionData({ abi: permissionsAbi, functionName: 'setService', args: [name, url, permissions] }))
}

const card = (page: Page, provider: Address) => page.locator(`[data-testid="service-card"][data-provider="${provider}"]`)

async function openReview(page: Page, provider: Address) {
  const service = await new ServicePage(page).goto(provider)
  return service.openReview()
}

test('FORWARD_ALL_SENDER with FORWARD_ALL_RECEIVER is described as every request, on the card, page and review', async ({ page }) => {
  await publish(SMART_CHARGING, 'Grid-Aware Smart Charging', 'https://grid.example/about', [1n, 2n])
  await page.goto('/services')
  await expect
    .poll(() => textParts(card(page, SMART_CHARGING).getByTestId('permission-chip')))
    .toEqual([['Every OCPI request · all modules, sender + receiver', 'personal data']])

  const review = await openReview(page, SMART_CHARGING)
  // The service page and the review say the same.
  const warnings = page.getByTestId('forward-all-warning')
  await expect(warnings).toHaveCount(2)
  for (const warning of [warnings.first(), review.dialog.getByTestId('forward-all-warning')]) {
    await expect(warning).toHaveAttribute('data-reach', 'every-request')
    await expect(warning.getByText('This service asks for every OCPI request your party sends.', { exact: true })).toBeVisible()
    await expect(warning.getByText(containing('together cover every request to every standard OCPI module'))).toBeVisible()
  }
  await expect(review.permissions.getByRole('code')).toHaveText(['FORWARD_ALL_SENDER', 'FORWARD_ALL_RECEIVER'])
  await expect(review.confirmButton).toBeDisabled()
  await review.forwardAllConfirmation(/every OCPI request my party sends, in every module, to sender and receiver interfaces alike/).check()
  await expect(review.confirmButton).toBeEnabled()
})

test('FORWARD_ALL_SENDER alone is described as sender interfaces only, never as every request', async ({ page }) => {
  await publish(SMART_CHARGING, 'Grid-Aware Smart Charging', 'https://grid.example/about', [1n, 10n])
  await page.goto('/services')
  await expect.poll(() => textParts(card(page, SMART_CHARGING).getByTestId('permission-chip'))).toEqual([['All modules · sender', 'personal data'], ['Tariffs · receiver']])

  const review = await openReview(page, SMART_CHARGING)
  const warning = review.dialog.getByTestId('forward-all-warning')
  await expect(warning).toHaveAttribute('data-reach', 'sender')
  await expect(warning.getByText(containing('every request your party sends to a sender interface, in every OCPI module'))).toBeVisible()
  await expect(warning).not.toContainText('every OCPI request')
  const checkbox = review.forwardAllConfirmation(/every request my party sends to a sender interface \(mostly pulls\), in every OCPI module/)
  await expect(checkbox).toBeVisible()
  await expect(review.dialog.getByRole('checkbox')).toHaveCount(1)
  await expect(review.confirmButton).toBeDisabled()
  await checkbox.check()
  await expect(review.confirmButton).toBeEnabled()
})

test('the review shows the full provider address, its node, the URL for what it is, and every permission value', async ({ page }) => {
  await publish(SMART_CHARGING, 'Grid-Aware Smart Charging', 'https://grid.example/about', [9n, 9n, 9n, 17n, 2n ** 31n, 10n, 17n])
  const review = await openReview(page, SMART_CHARGING)

  const provider = review.dialog.getByTestId('review-provider')
  await expect(definitionOf(provider, 'Provider')).toHaveText('GB*SCS')
  await expect(definitionOf(provider, "Provider's OCN node")).toHaveText('http://localhost:8080')
  const identity = definitionOf(provider, "Provider's OCN identity (the address you agree with)")
  await expect(identity.getByText(SMART_CHARGING, { exact: true })).toBeVisible()
  await expect(identity.getByRole('button', { name: `Copy address ${SMART_CHARGING}` })).toBeVisible()
  await expect
    .poll(() => textParts(provider.getByTestId('service-url')))
    .toEqual([['More information:', 'https://grid.example/about', expect.stringContaining('No data is sent to it: your OCN node sends copies to the provider')]])

  await expect
    .poll(() => textParts(review.permissions))
    .toEqual([
      ['Tariffs · sender', 'FORWARD_MODULE_TARIFFS_SENDER', '×3', expect.any(String), 'Listed 3 times on chain; it counts once.'],
      ['Tariffs · receiver', 'FORWARD_MODULE_TARIFFS_RECEIVER', expect.any(String)],
      ['Unknown permission #17', '×2', expect.stringContaining('OCN nodes ignore it'), 'Listed 2 times on chain; it counts once.'],
      ['Unknown permission #2147483648', expect.stringContaining('may stop it forwarding')],
    ])
  await expect(review.dialog.getByRole('checkbox')).toHaveCount(0)

  // The service page says the same, and no longer calls the URL an endpoint.
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('permission-detail')).toHaveCount(4)
  await expect(page.getByText('Service endpoint')).toHaveCount(0)
  await expect(page.getByTestId('service-url').getByText(containing('A public page about the service. No data is sent to it'))).toBeVisible()
})

test('a Cyrillic lookalike of a name is flagged on both cards, the service page and the review, naming the other', async ({ page }) => {
  await page.goto('/services')
  await expect(page.getByTestId('lookalike-flag')).toHaveCount(0)
  // Published while the catalog is open: a refresh computes the flags in the browser.
  await publish(SMART_CHARGING, 'Smart P\u0430yment', 'https://pay.example/', [8n])
  await page.getByRole('button', { name: 'Refresh' }).click()
  const copyFlags = card(page, SMART_CHARGING).getByTestId('lookalike-flag')
  await expect(copyFlags).toHaveCount(2)
  await expect(copyFlags.first()).toHaveAttribute('data-kind', 'confusable-name')
  await expect(copyFlags.first()).toContainText(`Name looks like another service’s. Resembles “Smart Payment” by CH*PAY (${PAYMENT})`)
  await expect(copyFlags.nth(1)).toContainText('It mixes Latin and Cyrillic letters')
  await expect(card(page, PAYMENT).getByTestId('lookalike-flag')).toContainText(`Resembles “Smart Pаyment” by GB*SCS (${SMART_CHARGING})`)
  await expect(card(page, BILLING).getByTestId('lookalike-flag')).toHaveCount(0)
  await page.reload()
  await expect(card(page, PAYMENT).getByTestId('lookalike-flag')).toHaveCount(1)

  const review = await openReview(page, SMART_CHARGING)
  await expect(page.locator('header').getByTestId('lookalike-flag')).toHaveCount(2)
  await expect(review.dialog.getByTestId('lookalike-flag').first().getByRole('link', { name: containing('“Smart Payment” by CH*PAY') })).toBeVisible()
})

test('a reused name and confusable credentials are flagged', async ({ page }) => {
  await publish(LOCATIONS, 'Roaming Billing & Invoicing', 'https://billing.example/', [8n])
  // NL*L0C, with a zero, beside the demo's NL*LOC.
  const setParty = encodeFunctionData({ abi: registryAbi, functionName: 'setParty', args: [encodeCountryCode('NL'), encodePartyId('L0C'), [5], NODE_1] })
  await sendAs(NEWCOMER, LOCAL_REGISTRY, setParty)
  await publish(NEWCOMER, 'Location Insights', 'https://insights.example/', [3n])

  await page.goto('/services')
  await expect(card(page, LOCATIONS).getByTestId('lookalike-flag')).toHaveText([
    `Same name as another provider’s service. Resembles “Roaming Billing & Invoicing” by DE*BIL (${BILLING}). Check the provider's address before you trust it.`,
    `Provider credentials look like another provider’s. Easy to mistake for “Location Insights” by NL*L0C (${NEWCOMER}). Check the provider's address before you trust it.`,
  ])
  await expect(card(page, BILLING).getByTestId('lookalike-flag')).toHaveAttribute('data-kind', 'same-name')
  await expect(card(page, NEWCOMER).getByTestId('lookalike-flag')).toContainText('Easy to mistake for “Roaming Billing & Invoicing” by NL*LOC')
})

test('a URL with user:pass@ is shown as flagged text, and an IDN host with its punycode form', async ({ page }) => {
  await publish(LOCATIONS, 'Location Data Enrichment', 'https://nl-loc.example@evil.example/login', [3n])
  await publish(SMART_CHARGING, 'Grid-Aware Smart Charging', 'https://t\u0430riffs.example/about', [5n])
  await page.goto('/services')
  const credentials = card(page, LOCATIONS).getByTestId('service-url')
  await expect(credentials).toContainText('https://nl-loc.example@evil.example/login')
  await expect(credentials.getByTestId('url-credentials-flag')).toHaveText('contains a user name or password: not a link')
  await expect(credentials.getByRole('link')).toHaveCount(0)

  const idn = card(page, SMART_CHARGING).getByTestId('service-url')
  await expect(idn.getByTestId('url-idn-flag')).toHaveText('international domain, really xn--triffs-3nf.example')
  await expect(idn.getByRole('link')).toHaveAttribute('href', 'https://xn--triffs-3nf.example/about')

  const review = await openReview(page, SMART_CHARGING)
  await expect(review.dialog.getByTestId('url-idn-flag')).toContainText('xn--triffs-3nf.example')
})

test('hidden characters are flagged and a blank name is shown as no name', async ({ page }) => {
  await publish(SMART_CHARGING, ' \u3164\u200B ', 'https://grid.example/', [5n])
  await publish(TARIFFS, 'Tariff\u2066 Monitor\r', 'https://tariffs.example/', [9n])
  await page.goto('/services')
  const blank = card(page, SMART_CHARGING)
  await expect(blank.getByTestId('service-name')).toHaveText(/^\(no name\)/)
  await expect(blank.getByTestId('blank-value')).toHaveClass(/italic/)
  await expect(blank.getByTestId('hidden-characters-flag')).toBeVisible()
  const hidden = card(page, TARIFFS).getByTestId('service-name')
  await expect(hidden).toContainText('Tariff⟨U+2066⟩ Monitor⟨U+000D⟩')
  await expect(hidden.getByTestId('hidden-characters-flag')).toBeVisible()

  const review = await openReview(page, SMART_CHARGING)
  await expect(review.summary).toContainText('DE*MSP agrees to (no name)')
})

test('a service whose provider party was deleted offers no agreement and says why', async ({ page }) => {
  await sendAs(BILLING, LOCAL_REGISTRY, encodeFunctionData({ abi: registryAbi, functionName: 'deleteParty' }))
  await page.goto('/services')
  await expect(card(page, BILLING).getByTestId('provider-unlisted')).toBeVisible()

  const service = await new ServicePage(page).goto(BILLING)
  await expect(page.getByTestId('account-identity')).toHaveText('DE*MSP · EMSP')
  await expect(service.agreeStatus).toHaveAttribute('data-reason', 'provider-unlisted')
  await expect(service.agreeStatus.getByText(containing("This service cannot receive anything: its provider's party is no longer listed in the Registry."))).toBeVisible()
  await expect(service.agreeButton).toHaveCount(0)
})

test("a provider whose node was deleted offers no agreement, and the party's page flags the node", async ({ page }) => {
  await sendAs(NODE_2, LOCAL_REGISTRY, encodeFunctionData({ abi: registryAbi, functionName: 'deleteNode' }))
  await page.goto(`/services/${PAYMENT}`)
  await expect(page.locator('header').getByTestId('provider-node-unlisted')).toBeVisible()
  await connectWallet(page)
  await expect(page.getByTestId('account-identity')).toHaveText('DE*MSP · EMSP')
  const service = new ServicePage(page)
  await expect(service.agreeStatus).toHaveAttribute('data-reason', 'provider-node-unlisted')
  await expect(service.agreeStatus.getByText(containing("the OCN node of its provider's party is no longer listed in the Registry"))).toBeVisible()
  await expect(service.agreeButton).toHaveCount(0)

  await page.goto('/parties/CH-PAY')
  await expect(page.getByTestId('party-node-unlisted')).toContainText('Its node is no longer listed in the Registry')
})
