import { type Address, encodeFunctionData } from 'viem'
import { readContract } from 'viem/actions'
import { LOCAL_REGISTRY } from '../lib/chain/networks'
import { anvilAddress } from '../lib/devnet/accounts'
import { registryAbi } from '../lib/ocn/abi'
import { readFileSync } from 'node:fs'
import { DESKTOP, expectNoSeriousViolations, PHONE, viewAs } from './support/a11y'
import { chainClient, E2E_APP_URL, sendAs } from './support/chain'
import { expect, test } from './support/fixtures'
import { IdentityPage } from './support/identity-page'
import { expectNoHorizontalScroll } from './support/page-health'

// Read, not imported: Playwright's loader takes JSON only with an import attribute.
const de = JSON.parse(readFileSync('messages/de.json', 'utf8')) as typeof import('../messages/de.json')

const FRESH = anvilAddress(19)
const NODE_8081 = anvilAddress(2)
const DE_BIL = 9 // an "Other" party (a billing provider) with its modules set
const MY_NODE = 'http://localhost:8090'

async function partyOf(address: Address) {
  const [, , modulesSender, modulesReceiver, roles, operator] = await readContract(chainClient, {
    address: LOCAL_REGISTRY,
    abi: registryAbi,
    functionName: 'getPartyDetailsByAddress',
    args: [address],
  })
  return { modulesSender: [...modulesSender], modulesReceiver: [...modulesReceiver], roles: [...roles], operator }
}

const setNodeAs = (operator: Address, domain: string) =>
  sendAs(operator, LOCAL_REGISTRY, encodeFunctionData({ abi: registryAbi, functionName: 'setNode', args: [domain] }))

/** Whether the element's whole box lies within the first screen, without scrolling. */
async function withinFirstScreen(page: IdentityPage['page'], testId: string): Promise<boolean> {
  return page.evaluate((id) => {
    const box = document.querySelector(`[data-testid="${id}"]`)!.getBoundingClientRect()
    return window.scrollY === 0 && box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth && box.height >= 24
  }, testId)
}

test.describe('a fresh account', () => {
  test.use({ walletAccount: 19 })

  test('lists its party on a node chosen from the list, then its modules, each followed by the next step', async ({ page }) => {
    const identity = await new IdentityPage(page).goto()
    const { party, modules, node } = identity
    // Party first; running a node is a closed section for operators, not the way in.
    await expect(page.locator('[data-testid="party-step"], [data-testid="node-step"]').first()).toHaveAttribute('data-testid', 'party-step')
    await expect(node.toggle).toHaveAttribute('aria-expanded', 'false')
    await expect(node.urlField).toHaveCount(0)
    await expect(identity.nextStep).toHaveCount(0)
    await expect(identity.mainAction.getByRole('button')).toHaveText('List my party')

    // The Registry's nodes, narrowed by a search.
    await party.nodeSearch.fill('8081')
    await expect(party.scope.getByTestId('node-matches')).toHaveText('1 listed node matches.')
    await expect(party.nodeSelect.getByRole('option')).toHaveText(['Choose a listed node', 'http://localhost:8081'])
    await party.list({ countryCode: 'NL', partyId: 'N19', roles: ['e-Mobility service provider (EMSP)'], node: 'http://localhost:8081' })
    await party.tx.expectStatus('confirmed')

    await expect(identity.nextStep).toHaveText('Choose the OCPI modules you implement')
    await expect(page.getByTestId('identity-done')).toHaveText('Your party NL*N19 is listed.')
    await expect(identity.nextStepHeading).toBeFocused()
    await expect(identity.mainAction).toContainText('Choose the OCPI modules you implement')
    expect(await partyOf(FRESH)).toMatchObject({ roles: [1], operator: NODE_8081, modulesSender: [], modulesReceiver: [] })

    await identity.nextStep.click()
    await expect(modules.scope.getByRole('heading', { name: 'OCPI modules' })).toBeFocused()
    await modules.save({ check: ['CDRs as receiver', 'Sessions as receiver'] })
    await modules.tx.expectStatus('confirmed')

    // The end state: what to do now. An eMSP browses services; publishing is for parties that offer one.
    await expect(identity.nextStepHeading).toHaveText('What to do now')
    await expect(identity.nextStepHeading).toBeFocused()
    await expect(identity.nextStep).toHaveText(['Browse services to agree to'])
    expect(await partyOf(FRESH)).toMatchObject({ roles: [1], modulesSender: [], modulesReceiver: [0, 4] })
    await identity.nextStep.click()
    await expect(page).toHaveURL(/\/services$/)
  })

  test('a node operator lists its node, then a party that uses it', async ({ page }) => {
    const identity = await new IdentityPage(page).goto()
    const { node, party } = identity
    await node.list(MY_NODE)
    await node.tx.expectStatus('confirmed')
    await expect(node.domain).toHaveText(MY_NODE)
    await expect(identity.nextStep).toHaveText('List a party that uses this node')
    await expect(identity.nextStepHeading).toBeFocused()

    await identity.nextStep.click()
    await expect(party.scope.getByRole('heading', { name: 'Your OCPI party' })).toBeFocused()
    await party.list({ countryCode: 'NL', partyId: 'N19', roles: ['Charge point operator (CPO)'], node: MY_NODE })
    await party.tx.expectStatus('confirmed')
    await expect(identity.nextStep).toHaveText('Choose the OCPI modules you implement')
    expect(await partyOf(FRESH)).toMatchObject({ roles: [0], operator: FRESH })
  })

  test('the node operator’s address is a fallback to the list', async ({ page }) => {
    const { party } = await new IdentityPage(page).goto()
    await party.scope.getByText('Advanced: enter the node operator’s address instead').click()
    await party.scope.getByLabel('Node operator address').fill(anvilAddress(5))
    await party.submitList({ countryCode: 'NL', partyId: 'N19', roles: ['Charge point operator (CPO)'] })
    await expect(party.fieldErrors).toHaveText(['This node is not listed in the Registry (any more). Choose one of the listed nodes.'])
    await party.scope.getByLabel('Node operator address').fill(NODE_8081)
    await expect(party.nodeSelect).toHaveValue(NODE_8081)
    await party.listButton.click()
    await party.confirmReview()
    await party.tx.expectStatus('confirmed')
    expect(await partyOf(FRESH)).toMatchObject({ operator: NODE_8081 })
  })

  test('on a phone the main action is within the first screen, and nothing scrolls sideways', async ({ page }) => {
    await viewAs(page, 'light', PHONE)
    const identity = await new IdentityPage(page).goto()
    await expect(identity.mainAction.getByRole('button')).toHaveText('List my party')
    expect(await withinFirstScreen(page, 'main-action')).toBe(true)
    await expectNoHorizontalScroll(page, [PHONE.width])

    await setNodeAs(FRESH, MY_NODE)
    await page.setViewportSize(PHONE)
    await page.reload()
    await expect(identity.mainAction).toContainText('List a party that uses this node')
    expect(await withinFirstScreen(page, 'main-action')).toBe(true)
    await expectNoHorizontalScroll(page, [PHONE.width])
  })

  test('no serious accessibility violation, light and dark, desktop and phone, with a write review open', async ({ page }) => {
    test.slow()
    const identity = await new IdentityPage(page).goto()
    await identity.party.submitList({ countryCode: 'NL', partyId: 'N19', roles: ['Charge point operator (CPO)'], node: 'http://localhost:8081' })
    await expect(identity.party.review).toBeVisible()
    for (const scheme of ['light', 'dark'] as const) {
      for (const size of [DESKTOP, PHONE]) {
        await viewAs(page, scheme, size)
        await expectNoSeriousViolations(page, `/identity, party review, ${scheme} ${size.width}px`)
      }
    }
  })
})

test.describe('a party that offers services', () => {
  test.use({ walletAccount: DE_BIL })

  test('is offered to publish its service, and its main action fits a phone’s first screen', async ({ page }) => {
    await viewAs(page, 'dark', PHONE)
    const identity = await new IdentityPage(page).goto()
    await expect(identity.nextStep).toHaveText(['Browse services to agree to', 'Publish your service'])
    await expect(identity.nextStep.nth(1)).toHaveAttribute('href', '/provider')
    await expect(identity.mainAction).toHaveText('Browse services to agree to')
    expect(await withinFirstScreen(page, 'main-action')).toBe(true)
    await expectNoSeriousViolations(page, '/identity, ready, dark phone')
  })
})

test.describe('in German', () => {
  test.use({ walletAccount: 19, locale: 'de-DE' })
  const t = de.identity

  test('the journey’s steps by the browser’s language', async ({ page, context }) => {
    // Connect through the English wallet dialog, then drop the choice: the browser's German takes over.
    await context.addCookies([{ name: 'NEXT_LOCALE', value: 'en', url: E2E_APP_URL }])
    const identity = await new IdentityPage(page).goto()
    await context.clearCookies({ name: 'NEXT_LOCALE' })
    await page.reload()
    await expect(page).toHaveTitle(new RegExp(`^${t.pageTitle}`))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.pageTitle)
    await expect(page.getByRole('heading', { name: t.party.title })).toBeVisible()
    await expect(page.getByRole('button', { name: t.node.title })).toHaveAttribute('aria-expanded', 'false')

    const party = identity.party.scope
    await party.getByLabel(t.party.countryCode).fill('NL')
    await party.getByLabel(t.party.partyId).fill('N19')
    // Role and module names are the vocabulary's: found here by their OCPI keys, which no language changes.
    await party.getByRole('checkbox', { name: /\(EMSP\)$/ }).check()
    await party.getByLabel(t.party.node).selectOption({ label: 'http://localhost:8081' })
    await identity.mainAction.getByRole('button', { name: t.party.list }).click()
    await party.getByTestId('identity-confirm').click()
    await identity.party.tx.expectStatus('confirmed')
    await expect(identity.party.status).toHaveText('Eingetragen als NL*N19')
    await expect(identity.nextStep).toHaveText(t.next.chooseModules)
    await expect(identity.nextStepHeading).toHaveText(t.next.title)

    const modules = identity.modules.scope
    await modules.getByRole('checkbox', { name: /als Receiver$/ }).first().check()
    await modules.getByRole('button', { name: t.modules.save }).click()
    await modules.getByTestId('identity-confirm').click()
    await identity.modules.tx.expectStatus('confirmed')
    await expect(identity.modules.status).toHaveText('0 Sender · 1 Receiver')
    await expect(identity.nextStepHeading).toHaveText(t.next.nowTitle)
    await expect(identity.nextStep).toHaveText([t.next.browseServices])
    expect(await partyOf(FRESH)).toMatchObject({ roles: [1], modulesReceiver: [0] })
  })
})
