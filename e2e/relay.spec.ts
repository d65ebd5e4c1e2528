import { encodeFunctionData } from 'viem'
import { readContract } from 'viem/actions'
import { LOCAL_PERMISSIONS, LOCAL_REGISTRY } from '../lib/chain/networks'
import { anvilAddress } from '../lib/devnet/accounts'
import { anvilSignedRequest } from '../lib/devnet/signed-requests'
import { permissionsAbi, registryAbi } from '../lib/ocn/abi'
import { decodeFixedText, encodeCountryCode, encodePartyId } from '../lib/ocn/codecs'
import { EN as en } from './support/catalogue'
import { chainClient, rpc, sendAs } from './support/chain'
import { expect, test } from './support/fixtures'
import { ServicePage } from './support/agreement-pages'
import { IdentityPage } from './support/identity-page'
import { ListingEditor } from './support/listing-editor'
import { accountState, drain, RelayPage, relayLink, signInReview, submitterPage } from './support/relay'
import { hasAgreement, rejectNext, sentTransactions } from './support/wallet'

// The signer's facts as the English catalogue words them.
const { agreementDeletes: AGREEMENT_DELETES, agreementToggles: AGREEMENT_TOGGLES, bearer: BEARER, everyNetwork: EVERY_NETWORK, neverExpires: NEVER_EXPIRES } = en.signing.facts

const DE_MSP = 7
const DE_CPO = 5
const NEW_PARTY = 16
const SUBMITTER = 19
const SMART_CHARGING = anvilAddress(12)
const BILLING = anvilAddress(9)
const NODE_1 = anvilAddress(1)

test('an account with no gas signs an agreement in its review; a second account submits it; the chain holds it for the signer', async ({ page, browser }) => {
  const signer = anvilAddress(DE_MSP)
  await drain(signer)
  const before = await accountState(signer)
  const review = await (await new ServicePage(page).goto(SMART_CHARGING)).openReview()
  const link = await signInReview(review.dialog)
  expect(await sentTransactions(page)).toEqual([])

  const other = await submitterPage(browser, SUBMITTER)
  const relay = await new RelayPage(other).open(link)
  await expect(relay.signer).toHaveAttribute('data-signer', signer)
  await expect(relay.signer.getByTestId('relay-signer-name')).toHaveText('DE*MSP')
  await expect(relay.signer.getByTestId('relay-signed-on')).toHaveAttribute('data-elsewhere', 'false')
  await expect(other.getByTestId('relay-facts').getByRole('listitem')).toHaveText([NEVER_EXPIRES, EVERY_NETWORK, BEARER, AGREEMENT_TOGGLES, AGREEMENT_DELETES])
  await expect(relay.review).toContainText(`Signed by DE*MSP (${signer}); you submit it from ${anvilAddress(SUBMITTER)} and pay the gas.`)
  // The direct write's own review, the signer as its subject: the service's data flows are the ones agreeing shows.
  await expect(relay.review.getByTestId('review-data-flow')).not.toBeEmpty()
  expect(await hasAgreement(signer, SMART_CHARGING)).toBe(false)

  await relay.submitAndWait('Submitted: DE*MSP has an agreement with GB*SCS.')
  expect(await hasAgreement(signer, SMART_CHARGING)).toBe(true)
  // The signer paid nothing and sent nothing: its balance is still zero and its nonce did not move.
  expect(await accountState(signer)).toEqual(before)
  expect(await sentTransactions(other)).toHaveLength(1)
  await other.context().close()
})

test.describe('as an account with no OCN identity and no gas', () => {
  test.use({ walletAccount: NEW_PARTY })

  test('it lists its party, then its modules, each signed on /identity and submitted by someone else', async ({ page, browser }) => {
    const signer = anvilAddress(NEW_PARTY)
    await drain(signer)
    const identity = await new IdentityPage(page).goto()
    await identity.party.submitList({ countryCode: 'DE', partyId: 'NEW', roles: ['e-Mobility service provider (EMSP)'], node: 'http://localhost:8080' })
    const listingLink = await signInReview(identity.party.review)

    const other = await submitterPage(browser, SUBMITTER)
    const relay = await new RelayPage(other).open(listingLink)
    await expect(relay.signer.getByTestId('relay-signer-party')).toHaveText('Not listed as an OCPI party: this account is known by its address only.')
    await relay.submitAndWait(`Submitted: The Registry lists ${signer} as the OCPI party DE*NEW with the roles e-Mobility service provider (EMSP).`)
    await expect(relay.signer.getByTestId('relay-signer-name')).toHaveText('DE*NEW')

    // Listed now: the key holder's modules step opens, and its write is signed the same way.
    await page.reload()
    await identity.modules.module('Tokens as sender').check()
    await identity.modules.module('CDRs as receiver').check()
    await identity.modules.module('Sessions as receiver').check()
    await identity.modules.scope.getByRole('button', { name: 'Save modules' }).click()
    const modulesLink = await signInReview(identity.modules.review)

    // The second link opens in place of the first, with nothing of the first one's progress.
    await other.goto(modulesLink)
    await expect(relay.outcome).toHaveCount(0)
    await relay.submitAndWait('Submitted: DE*NEW implements the OCPI modules as sender: Tokens; as receiver: CDRs, Sessions.')
    const [countryCode, partyId, sender, receiver, roles, operator] = await readContract(chainClient, {
      address: LOCAL_REGISTRY,
      abi: registryAbi,
      functionName: 'getPartyDetailsByAddress',
      args: [signer],
    })
    expect({ credentials: `${decodeFixedText(countryCode)}*${decodeFixedText(partyId)}`, sender, receiver, roles, operator }).toEqual({
      credentials: 'DE*NEW',
      sender: [6],
      receiver: [0, 4],
      roles: [1],
      operator: NODE_1,
    })
    expect(await accountState(signer)).toEqual({ balance: 0n, nonce: 0 })
    expect(await sentTransactions(page)).toEqual([])
    expect(await sentTransactions(other)).toHaveLength(2)
    await other.context().close()
  })
})

test.describe('as DE*CPO, a listed party without a service and no gas', () => {
  test.use({ walletAccount: DE_CPO })

  test('it publishes a service signed on /provider and submitted by someone else', async ({ page, browser }) => {
    const signer = anvilAddress(DE_CPO)
    await drain(signer)
    const editor = await new ListingEditor(page).goto()
    await editor.fill('CPO Insights', 'https://insights.example/ocn')
    await editor.preset('Billing')
    await editor.publish()
    const link = await signInReview(editor.review)

    const other = await submitterPage(browser, SUBMITTER)
    const relay = await new RelayPage(other).open(link)
    await expect(relay.signer.getByTestId('relay-signer-name')).toHaveText('DE*CPO')
    await relay.submitAndWait('Submitted: DE*CPO lists the service “CPO Insights”.')
    const [, , name, url, permissions] = await readContract(chainClient, { address: LOCAL_PERMISSIONS, abi: permissionsAbi, functionName: 'getService', args: [signer] })
    expect({ name, url }).toEqual({ name: 'CPO Insights', url: 'https://insights.example/ocn' })
    expect(permissions.length).toBeGreaterThan(0)
    expect((await accountState(signer)).balance).toBe(0n)
    expect(await sentTransactions(page)).toEqual([])
    await other.context().close()
  })
})

test('a tampered document is refused before any prompt, with the reason, and what was pasted stays', async ({ browser }) => {
  const request = await anvilSignedRequest(DE_MSP, [{ kind: 'createAgreement', provider: SMART_CHARGING }])
  const tampered = JSON.stringify({ ...request, calls: [{ ...request.calls[0], call: { kind: 'createAgreement', provider: BILLING } }] }, null, 2)

  const page = await submitterPage(browser, SUBMITTER)
  const relay = await new RelayPage(page).open('/relay')
  await relay.paste(tampered)
  await expect(relay.error).toBeVisible()
  await expect(relay.error).toContainText(anvilAddress(DE_MSP))
  await expect(relay.error).toContainText('Nothing was sent.')
  await expect(relay.signer).toHaveCount(0)
  await expect(relay.review).toHaveCount(0)
  await expect(page.getByTestId('relay-input')).toHaveValue(tampered)

  // The same document as a link: refused the same way.
  const link = relayLink(request).replace(/#.*/, `#request=${Buffer.from(tampered).toString('base64url')}`)
  await page.goto(link)
  await expect(relay.error).toContainText(anvilAddress(DE_MSP))
  await expect(relay.submitButton).toHaveCount(0)
  expect(await sentTransactions(page)).toEqual([])
  expect(await hasAgreement(anvilAddress(DE_MSP), BILLING)).toBe(true)
  await page.context().close()
})

test('a request that would revert says why before the wallet opens; a rejected prompt keeps the request', async ({ browser }) => {
  const page = await submitterPage(browser, SUBMITTER)
  const already = await anvilSignedRequest(DE_MSP, [{ kind: 'createAgreement', provider: BILLING }])
  const relay = await new RelayPage(page).open(relayLink(already))
  await relay.submitButton.click()
  await relay.tx.expectError({ reason: 'Agreement already made between user and provider.' })
  await expect(relay.outcome).toHaveCount(0)
  expect(await sentTransactions(page)).toEqual([])

  // Pasted rather than linked: the page keeps it in its own address, so a reload finds it again.
  const fresh = await anvilSignedRequest(DE_MSP, [{ kind: 'createAgreement', provider: SMART_CHARGING }])
  await page.goto('/relay')
  await relay.paste(JSON.stringify(fresh))
  await expect(relay.signer).toHaveAttribute('data-signer', anvilAddress(DE_MSP))
  await expect(page).toHaveURL(/\/relay#request=/)
  await rejectNext(page)
  await relay.submitButton.click()
  await expect(page.getByTestId('relay-rejected')).toBeVisible()
  await expect(relay.submitButton).toBeEnabled()
  expect(await hasAgreement(anvilAddress(DE_MSP), SMART_CHARGING)).toBe(false)

  await page.reload()
  await relay.submitAndWait('Submitted: DE*MSP has an agreement with GB*SCS.')
  expect(await hasAgreement(anvilAddress(DE_MSP), SMART_CHARGING)).toBe(true)
  await page.context().close()
})

test('without a wallet the request and its signer show, and submitting asks for a wallet; a .json file opens too', async ({ browser }) => {
  const request = await anvilSignedRequest(DE_MSP, [{ kind: 'createAgreement', provider: SMART_CHARGING }])
  const page = await submitterPage(browser, SUBMITTER)
  const relay = await new RelayPage(page).open(relayLink(request), { connect: false })
  await expect(relay.signer.getByTestId('relay-signer-name')).toHaveText('DE*MSP')
  await expect(page.getByTestId('relay-connect')).toContainText('Connect the wallet you will submit it from')
  await expect(relay.submitButton).toHaveCount(0)

  await page.getByTestId('relay-put-aside').click()
  await expect(page).toHaveURL(/\/relay$/)
  await page.getByTestId('relay-file').setInputFiles({ name: 'request.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(request)) })
  await expect(relay.signer).toHaveAttribute('data-signer', anvilAddress(DE_MSP))
  await page.getByTestId('relay-put-aside').click()
  await page.getByTestId('relay-file').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.alloc(20_000, 32) })
  await expect(relay.error).toContainText('big.json is 20,000 bytes; a signed request is at most 16,384 bytes.')
  await page.context().close()
})

test('a pending submission survives a reload and ends with the outcome', async ({ browser }) => {
  const request = await anvilSignedRequest(DE_MSP, [{ kind: 'createAgreement', provider: SMART_CHARGING }])
  const page = await submitterPage(browser, SUBMITTER)
  const relay = await new RelayPage(page).open('/relay')
  await relay.paste(JSON.stringify(request))
  await rpc('evm_setAutomine', [false])
  try {
    await relay.submitButton.click()
    await relay.tx.expectStatus('pending')
    await page.reload()
    await relay.tx.expectStatus('pending')
    await rpc('evm_mine')
  } finally {
    await rpc('evm_setAutomine', [true])
  }
  await expect(relay.outcome).toHaveText('Submitted: DE*MSP has an agreement with GB*SCS.')
  expect(await hasAgreement(anvilAddress(DE_MSP), SMART_CHARGING)).toBe(true)
  await page.context().close()
})

test('a signer whose credentials read like another party\'s is flagged', async ({ browser }) => {
  const impostor = anvilAddress(NEW_PARTY)
  // DE*CP0 (a zero) beside the seeded DE*CPO.
  await sendAs(impostor, LOCAL_REGISTRY, encodeFunctionData({ abi: registryAbi, functionName: 'setParty', args: [encodeCountryCode('DE'), encodePartyId('CP0'), [0], NODE_1] }))
  const request = await anvilSignedRequest(NEW_PARTY, [{ kind: 'createAgreement', provider: SMART_CHARGING }])
  const page = await submitterPage(browser, SUBMITTER)
  const relay = await new RelayPage(page).open(relayLink(request))
  await expect(relay.signer.getByTestId('relay-signer-name')).toHaveText('DE*CP0')
  await expect(page.getByTestId('relay-signer-lookalike')).toContainText(`DE*CP0 is easy to mistake for DE*CPO (${anvilAddress(DE_CPO)})`)
  await page.context().close()
})
