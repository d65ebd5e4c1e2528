import { readFile } from 'node:fs/promises'
import type { Locator, Page } from '@playwright/test'
import { type Address, encodePacked, type Hex, keccak256, recoverMessageAddress, stringToHex } from 'viem'
import { readContract } from 'viem/actions'
import { LOCAL_PERMISSIONS, LOCAL_REGISTRY } from '../lib/chain/networks'
import { anvilAddress } from '../lib/devnet/accounts'
import { permissionsAbi, registryAbi } from '../lib/ocn/abi'
import { ROLE } from '../lib/ocn/catalog'
import { EN as en } from './support/catalogue'
import { SIGNING_TEST_IDS as IDS, type SignedRequest } from '../lib/signing/types'
import { AgreementsPage, type AgreeReview, ServicePage } from './support/agreement-pages'
import { chainClient, E2E_APP_URL, rpc } from './support/chain'
import { expect, test } from './support/fixtures'
import { IdentityPage } from './support/identity-page'
import { ListingEditor } from './support/listing-editor'
import { hasAgreement, sentTransactions } from './support/wallet'

// The signer's facts as the English catalogue words them.
const { agreementDeletes: AGREEMENT_DELETES, agreementToggles: AGREEMENT_TOGGLES, bearer: BEARER, deletesInterchangeable: DELETES_INTERCHANGEABLE, everyNetwork: EVERY_NETWORK, neverExpires: NEVER_EXPIRES, nodeOperatorIsSigner: NODE_OPERATOR_IS_SIGNER, packedTexts: PACKED_TEXTS } = en.signing.facts

const DE_MSP = anvilAddress(7) // the test wallet's account: an anvil key, so personal_sign returns real signatures
const SMART_CHARGING = anvilAddress(12) // GB*SCS: DE*MSP has not agreed to it

/** The digest createAgreementRaw checks, computed here independently of the app: keccak256(abi.encodePacked(provider)). */
const agreementDigest = (provider: Address) => keccak256(encodePacked(['address'], [provider]))

async function openAgreeReview(page: Page): Promise<AgreeReview> {
  return (await new ServicePage(page).goto(SMART_CHARGING)).openReview()
}

function signingPanel(review: AgreeReview) {
  const panel = review.dialog.getByTestId(IDS.panel)
  return { panel, facts: panel.getByTestId(IDS.facts).getByRole('listitem'), confirm: panel.getByTestId(IDS.confirm), sign: panel.getByTestId(IDS.sign) }
}

/** Opens the signing panel of the review in `scope`, confirms the facts, signs, and reads the shared JSON back. */
async function signForRelay(scope: Locator, facts: string[]): Promise<SignedRequest> {
  await scope.getByTestId(IDS.start).click()
  await expect(scope.getByTestId(IDS.facts).getByRole('listitem')).toHaveText(facts)
  await scope.getByTestId(IDS.confirm).check()
  await scope.getByTestId(IDS.sign).click()
  const request = JSON.parse(await scope.getByTestId(IDS.json).inputValue()) as SignedRequest
  expect(requestOfLink(await scope.getByTestId(IDS.link).inputValue())).toEqual(request)
  return request
}

/** Who signed `digest`: the signature must come from the account, over exactly the parameters the contract hashes. */
const signerOf = (digest: Hex, signature: Hex) => recoverMessageAddress({ message: { raw: digest }, signature })

const noWalletWrites = async (page: Page) => expect(await sentTransactions(page)).toHaveLength(0)

function requestOfLink(link: string): unknown {
  const prefix = `${E2E_APP_URL}/relay#request=`
  expect(link.startsWith(prefix), `${link} starts with ${prefix}`).toBe(true)
  return JSON.parse(Buffer.from(link.slice(prefix.length), 'base64url').toString('utf8'))
}

test('an account with no gas signs an agreement for someone else to submit: a link and JSON that recover to it, nothing on chain', async ({ page }) => {
  await rpc('anvil_setBalance', [DE_MSP, '0x0'])
  const review = await openAgreeReview(page)
  await review.dialog.getByTestId(IDS.start).click()
  const { panel, facts, confirm, sign } = signingPanel(review)
  await expect(panel).toContainText('you send no transaction and pay no gas')
  // What such a signature is, said before it exists: never expires, every network, creates and revokes alike.
  await expect(facts).toHaveText([NEVER_EXPIRES, EVERY_NETWORK, BEARER, AGREEMENT_TOGGLES, AGREEMENT_DELETES])
  await expect(sign).toHaveText('Sign 1 message in your wallet')
  await expect(sign).toBeDisabled()
  await confirm.check()
  await sign.click()

  const result = review.dialog.getByTestId(IDS.result)
  await expect(result).toContainText('Nothing was sent on chain')
  await expect(result).toContainText('Send this link to whoever will submit it')
  const json = await result.getByTestId(IDS.json).inputValue()
  const request = JSON.parse(json) as SignedRequest
  expect(request).toMatchObject({ format: 'ocn-signed-request', version: 1, chainId: 31337, signer: DE_MSP })
  expect(request.calls.map(({ call }) => call)).toEqual([{ kind: 'createAgreement', provider: SMART_CHARGING }])
  expect(await recoverMessageAddress({ message: { raw: agreementDigest(SMART_CHARGING) }, signature: request.calls[0].signature })).toBe(DE_MSP)
  // The link carries the very same document, and so does the download.
  expect(requestOfLink(await result.getByTestId(IDS.link).inputValue())).toEqual(request)
  const [download] = await Promise.all([page.waitForEvent('download'), result.getByTestId(IDS.download).click()])
  expect(download.suggestedFilename()).toMatch(/^ocn-signed-createAgreement-.*\.json$/)
  expect(JSON.parse(await readFile((await download.path())!, 'utf8'))).toEqual(request)

  // Signed, not sent: no transaction asked of the wallet, no agreement, no gas spent.
  expect(await sentTransactions(page)).toHaveLength(0)
  expect(await page.evaluate(() => window.testWallet.requests().filter((method) => method === 'personal_sign'))).toHaveLength(1)
  expect(await hasAgreement(DE_MSP, SMART_CHARGING)).toBe(false)
  expect(await chainClient.getBalance({ address: DE_MSP })).toBe(0n)
  await expect(review.confirmButton).toBeVisible()
})

test('a rejected signature leaves the review and the confirmation as they were, and signing again works', async ({ page }) => {
  const review = await openAgreeReview(page)
  await review.dialog.getByTestId(IDS.start).click()
  const { confirm, sign } = signingPanel(review)
  await confirm.check()
  await page.evaluate(() => window.testWallet.rejectNext('personal_sign'))
  await sign.click()

  await expect(review.dialog.getByTestId('relay-signing-error')).toHaveText('You rejected the signature in your wallet: nothing was signed and nothing was sent. You can sign again when ready.')
  await expect(review.dialog).toBeVisible()
  await expect(review.summary).toHaveText('DE*MSP agrees to Grid-Aware Smart Charging by GB*SCS.')
  await expect(confirm).toBeChecked()
  await expect(review.dialog.getByTestId(IDS.result)).toHaveCount(0)

  await sign.click()
  const json = await review.dialog.getByTestId(IDS.json).inputValue()
  const request = JSON.parse(json) as SignedRequest
  expect(await recoverMessageAddress({ message: { raw: agreementDigest(SMART_CHARGING) }, signature: request.calls[0].signature })).toBe(DE_MSP)
  expect(await sentTransactions(page)).toHaveLength(0)
})

test('a contract wallet is told why it cannot sign, and is never asked to', async ({ page }) => {
  // Any code at the address makes it a contract account, as a Safe is.
  await rpc('anvil_setCode', [DE_MSP, '0x6080604052348015600f57600080fd5b50'])
  const review = await openAgreeReview(page)
  await review.dialog.getByTestId(IDS.start).click()
  const unavailable = review.dialog.getByTestId(IDS.unavailable)
  await expect(unavailable).toContainText('This account is a contract wallet')
  await expect(unavailable).toContainText('ecrecover')
  await expect(review.dialog.getByTestId(IDS.sign)).toHaveCount(0)
  expect(await page.evaluate(() => window.testWallet.requests().filter((method) => method === 'personal_sign'))).toHaveLength(0)
  // The direct write stays on offer.
  await expect(review.confirmButton).toBeEnabled()
})

test('signing waits for the boxes the review itself requires, as agreeing does', async ({ page }) => {
  const PAYMENT = anvilAddress(10) // CH*PAY: FORWARD_ALL to confirm, and terms in an unverified manifest
  const review = await (await new ServicePage(page).goto(PAYMENT)).openReview()
  const start = review.dialog.getByTestId(IDS.start)
  await expect(start).toBeDisabled()
  await review.forwardAllConfirmation(/every OCPI request my party sends/).check()
  await review.termsConfirmation.check()
  await expect(start).toBeEnabled()
  await start.click()
  await expect(review.dialog.getByTestId(IDS.panel)).toBeVisible()
})

test('the revoke dialog signs a revocation for someone else to submit; the agreement stays until it is submitted', async ({ page }) => {
  const BILLING = anvilAddress(9) // DE*MSP agreed to it in the seed
  const agreements = await new AgreementsPage(page).goto()
  const revoke = await agreements.openRevoke(agreements.item(BILLING))
  const request = await signForRelay(revoke.dialog, [NEVER_EXPIRES, EVERY_NETWORK, BEARER, AGREEMENT_TOGGLES, AGREEMENT_DELETES])
  expect(request.calls.map(({ call }) => call)).toEqual([{ kind: 'revokeAgreement', provider: BILLING }])
  expect(await signerOf(agreementDigest(BILLING), request.calls[0].signature)).toBe(DE_MSP)
  await noWalletWrites(page)
  expect(await hasAgreement(DE_MSP, BILLING)).toBe(true)
})

test.describe('as DE*HUB, a listed party without a service', () => {
  test.use({ walletAccount: 15 })
  const DE_HUB = anvilAddress(15)

  test('publishing a listing can be signed instead: setService over the name, URL and permissions, nothing listed yet', async ({ page }) => {
    const editor = await new ListingEditor(page).goto()
    await editor.fill('Hub CDR Archive', 'https://archive.dehub.example/ocn')
    await editor.preset('Billing')
    await editor.publish()
    const request = await signForRelay(editor.review, [NEVER_EXPIRES, EVERY_NETWORK, BEARER, PACKED_TEXTS])
    expect(request.signer).toBe(DE_HUB)
    const [{ call, signature }] = request.calls
    expect(call).toMatchObject({ kind: 'setService', name: 'Hub CDR Archive', url: 'https://archive.dehub.example/ocn' })
    if (call.kind !== 'setService') throw new Error('not a setService call')
    expect(call.permissions.length).toBeGreaterThan(0)
    const digest = keccak256(encodePacked(['string', 'string', 'uint256[]'], [call.name, call.url, call.permissions.map(BigInt)]))
    expect(await signerOf(digest, signature)).toBe(DE_HUB)
    await noWalletWrites(page)
    const [, , name] = await readContract(chainClient, { address: LOCAL_PERMISSIONS, abi: permissionsAbi, functionName: 'getService', args: [DE_HUB] })
    expect(name).toBe('')
    // What was typed is still there, and the direct write is still on offer.
    await expect(editor.review.getByRole('button', { name: 'Sign and publish' })).toBeEnabled()
    await expect(editor.nameField).toHaveValue('Hub CDR Archive')
  })
})

test.describe('as a fresh account with no OCN identity', () => {
  test.use({ walletAccount: 19 })
  const FRESH = anvilAddress(19)
  const NODE_2 = anvilAddress(2) // lists http://localhost:8081

  test('listing a party can be signed instead: setParty for the signer itself, nothing listed yet', async ({ page }) => {
    const { party } = await new IdentityPage(page).goto()
    await party.submitList({ countryCode: 'NL', partyId: 'N19', roles: ['Charge point operator (CPO)'], node: 'http://localhost:8081' })
    const request = await signForRelay(party.review, [NEVER_EXPIRES, EVERY_NETWORK, BEARER])
    expect(request.calls.map(({ call }) => call)).toEqual([{ kind: 'setParty', party: FRESH, countryCode: 'NL', partyId: 'N19', roles: [ROLE.CPO], operator: NODE_2 }])
    const digest = keccak256(
      encodePacked(['address', 'bytes2', 'bytes3', 'uint8[]', 'address'], [FRESH, stringToHex('NL', { size: 2 }), stringToHex('N19', { size: 3 }), [ROLE.CPO], NODE_2]),
    )
    expect(await signerOf(digest, request.calls[0].signature)).toBe(FRESH)
    await noWalletWrites(page)
    const [countryCode] = await readContract(chainClient, { address: LOCAL_REGISTRY, abi: registryAbi, functionName: 'getPartyDetailsByAddress', args: [FRESH] })
    expect(countryCode).toBe('0x0000')
  })

  test('listing a node can be signed instead, under the signing account, and says why', async ({ page }) => {
    const { node } = await new IdentityPage(page).goto()
    await node.submitList('https://node.fresh.example')
    const request = await signForRelay(node.review, [NEVER_EXPIRES, EVERY_NETWORK, BEARER, NODE_OPERATOR_IS_SIGNER])
    expect(request.calls.map(({ call }) => call)).toEqual([{ kind: 'setNode', operator: FRESH, domain: 'https://node.fresh.example' }])
    expect(await signerOf(keccak256(encodePacked(['address', 'string'], [FRESH, 'https://node.fresh.example'])), request.calls[0].signature)).toBe(FRESH)
    await noWalletWrites(page)
    expect(await readContract(chainClient, { address: LOCAL_REGISTRY, abi: registryAbi, functionName: 'getNode', args: [FRESH] })).toBe('')
  })
})

test('a delete signature says it deletes node, party and service alike', async ({ page }) => {
  const { party } = await new IdentityPage(page).goto()
  await party.openDelete()
  const request = await signForRelay(party.review, [NEVER_EXPIRES, EVERY_NETWORK, BEARER, DELETES_INTERCHANGEABLE])
  expect(request.calls.map(({ call }) => call)).toEqual([{ kind: 'deleteParty', party: DE_MSP }])
  expect(await signerOf(keccak256(encodePacked(['address'], [DE_MSP])), request.calls[0].signature)).toBe(DE_MSP)
  await noWalletWrites(page)
  const [countryCode] = await readContract(chainClient, { address: LOCAL_REGISTRY, abi: registryAbi, functionName: 'getPartyDetailsByAddress', args: [DE_MSP] })
  expect(countryCode).toBe(stringToHex('DE', { size: 2 }))
})
