import { encodeFunctionData } from 'viem'
import { readContract } from 'viem/actions'
import { LOCAL_PERMISSIONS, LOCAL_REGISTRY } from '../lib/chain/networks'
import { anvilAddress } from '../lib/devnet/accounts'
import { permissionsAbi, registryAbi } from '../lib/ocn/abi'
import { decodeFixedText, encodeCountryCode, encodePartyId } from '../lib/ocn/codecs'
import { chainClient, rpc, sendAs } from './support/chain'
import { expect, test } from './support/fixtures'
import { accountState, drain, RelayPage, relayLink, signedRequest, submitterPage } from './support/relay'
import { hasAgreement, rejectNext, sentTransactions } from './support/wallet'

const DE_MSP = 7
const DE_CPO = 5
const NEW_PARTY = 16
const SUBMITTER = 19
const SMART_CHARGING = anvilAddress(12)
const BILLING = anvilAddress(9)
const NODE_1 = anvilAddress(1)

test('an account with no gas signs an agreement; a second account submits it; the chain holds it for the signer', async ({ browser }) => {
  const signer = anvilAddress(DE_MSP)
  await drain(signer)
  const before = await accountState(signer)
  const request = await signedRequest(DE_MSP, [{ kind: 'createAgreement', provider: SMART_CHARGING }])

  const page = await submitterPage(browser, SUBMITTER)
  const relay = await new RelayPage(page).open(relayLink(request))
  await expect(relay.signer).toHaveAttribute('data-signer', signer)
  await expect(relay.signer.getByTestId('relay-signer-name')).toHaveText('DE*MSP')
  await expect(relay.signer.getByTestId('relay-signed-on')).toHaveAttribute('data-elsewhere', 'false')
  await expect(page.getByTestId('relay-facts').getByRole('listitem').first()).toBeVisible()
  await expect(relay.review).toContainText('Signed by DE*MSP')
  await expect(relay.review).toContainText(anvilAddress(SUBMITTER))
  expect(await hasAgreement(signer, SMART_CHARGING)).toBe(false)

  await relay.submitAndWait('Submitted: DE*MSP has an agreement with GB*SCS.')
  expect(await hasAgreement(signer, SMART_CHARGING)).toBe(true)
  // The signer paid nothing and sent nothing: its balance is still zero and its nonce did not move.
  expect(await accountState(signer)).toEqual(before)
  expect(await sentTransactions(page)).toHaveLength(1)
  await page.context().close()
})

test('a new party with no gas lists itself, then its modules, through someone else', async ({ browser }) => {
  const signer = anvilAddress(NEW_PARTY)
  await drain(signer)
  // Two requests, as the identity page signs them: the listing first, then the modules (which need the listing).
  const listing = await signedRequest(NEW_PARTY, [{ kind: 'setParty', party: signer, countryCode: 'DE', partyId: 'NEW', roles: [1], operator: NODE_1 }])
  const modules = await signedRequest(NEW_PARTY, [{ kind: 'setPartyModules', party: signer, sender: [6], receiver: [0, 4] }])

  const page = await submitterPage(browser, SUBMITTER)
  const relay = await new RelayPage(page).open(relayLink(listing))
  await expect(relay.signer.getByTestId('relay-signer-party')).toHaveText('Not listed as an OCPI party: this account is known by its address only.')
  await relay.submitAndWait(`Submitted: The Registry lists ${signer} as the OCPI party DE*NEW with the roles e-Mobility service provider (EMSP).`)
  await expect(relay.signer.getByTestId('relay-signer-name')).toHaveText('DE*NEW')

  // The second link opens in place of the first, with nothing of the first one's progress.
  await page.goto(relayLink(modules))
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
  expect(await sentTransactions(page)).toHaveLength(2)
  await page.context().close()
})

test('a party with no gas publishes a service through someone else', async ({ browser }) => {
  const signer = anvilAddress(DE_CPO)
  await drain(signer)
  const request = await signedRequest(DE_CPO, [{ kind: 'setService', name: 'CPO Insights', url: 'https://insights.example/ocn', permissions: ['8'] }])

  const page = await submitterPage(browser, SUBMITTER)
  const relay = await new RelayPage(page).open(relayLink(request))
  await expect(relay.signer.getByTestId('relay-signer-name')).toHaveText('DE*CPO')
  await relay.submitAndWait('Submitted: DE*CPO lists the service “CPO Insights”.')
  const [, , name, url, permissions] = await readContract(chainClient, { address: LOCAL_PERMISSIONS, abi: permissionsAbi, functionName: 'getService', args: [signer] })
  expect({ name, url, permissions }).toEqual({ name: 'CPO Insights', url: 'https://insights.example/ocn', permissions: [8n] })
  expect((await accountState(signer)).balance).toBe(0n)
  await page.context().close()
})

test('a tampered document is refused before any prompt, with the reason, and what was pasted stays', async ({ browser }) => {
  const request = await signedRequest(DE_MSP, [{ kind: 'createAgreement', provider: SMART_CHARGING }])
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
  const already = await signedRequest(DE_MSP, [{ kind: 'createAgreement', provider: BILLING }])
  const relay = await new RelayPage(page).open(relayLink(already))
  await relay.submitButton.click()
  await relay.tx.expectError({ reason: 'Agreement already made between user and provider.' })
  await expect(relay.outcome).toHaveCount(0)
  expect(await sentTransactions(page)).toEqual([])

  // Pasted rather than linked: the page keeps it in its own address, so a reload finds it again.
  const fresh = await signedRequest(DE_MSP, [{ kind: 'createAgreement', provider: SMART_CHARGING }])
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
  const request = await signedRequest(DE_MSP, [{ kind: 'createAgreement', provider: SMART_CHARGING }])
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
  const request = await signedRequest(DE_MSP, [{ kind: 'createAgreement', provider: SMART_CHARGING }])
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
  const request = await signedRequest(NEW_PARTY, [{ kind: 'createAgreement', provider: SMART_CHARGING }])
  const page = await submitterPage(browser, SUBMITTER)
  const relay = await new RelayPage(page).open(relayLink(request))
  await expect(relay.signer.getByTestId('relay-signer-name')).toHaveText('DE*CP0')
  await expect(page.getByTestId('relay-signer-lookalike')).toContainText(`DE*CP0 is easy to mistake for DE*CPO (${anvilAddress(DE_CPO)})`)
  await page.context().close()
})
