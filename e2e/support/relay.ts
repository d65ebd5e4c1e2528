/**
 * Delegated writes as their two people live them: the key holder signs (in its write's review, or here with its
 * anvil key through the app's own signing code), and a second person, in a browser of their own with a wallet of
 * their own, opens the link on /relay and submits it.
 */
import { type Browser, expect, type Locator, type Page } from '@playwright/test'
import type { Address } from 'viem'
import { anvilAddress } from '../../lib/devnet/accounts'
import { signedRequestLink } from '../../lib/signing/document'
import { RELAY_TEST_IDS, SIGNING_TEST_IDS, type SignedRequest } from '../../lib/signing/types'
import { E2E_APP_URL, E2E_CHAIN_URL, rpc } from './chain'
import { exposeWalletTransport, installTestWallet } from './test-wallet'
import { TxProgress } from './tx-progress'
import { connectWallet } from './wallet'


/**
 * Signs the write of the review in `scope` for someone else to submit, as its key holder does: "Sign for someone
 * else to submit", confirm what the signature allows, sign in the wallet; returns the link to send.
 */
export async function signInReview(scope: Locator): Promise<string> {
  await scope.getByTestId(SIGNING_TEST_IDS.start).click()
  await scope.getByTestId(SIGNING_TEST_IDS.confirm).check()
  await scope.getByTestId(SIGNING_TEST_IDS.sign).click()
  return scope.getByTestId(SIGNING_TEST_IDS.link).inputValue()
}

export const relayLink = (request: SignedRequest) => signedRequestLink(E2E_APP_URL, request)

/** The key holder has no gas at all: whatever reaches the chain, someone else paid for. */
export async function drain(address: Address): Promise<void> {
  await rpc('anvil_setBalance', [address, '0x0'])
}

export async function accountState(address: Address): Promise<{ balance: bigint; nonce: number }> {
  const [balance, nonce] = await Promise.all([rpc<string>('eth_getBalance', [address, 'latest']), rpc<string>('eth_getTransactionCount', [address, 'latest'])])
  return { balance: BigInt(balance), nonce: Number(nonce) }
}

/** A second person's browser, with a wallet holding anvil account `index`: nothing shared with the signer's page. */
export async function submitterPage(browser: Browser, index: number): Promise<Page> {
  const context = await browser.newContext()
  await exposeWalletTransport(context, E2E_CHAIN_URL)
  await context.addInitScript(installTestWallet, { account: anvilAddress(index), chainId: 31337 })
  return context.newPage()
}

/** /relay as the submitter drives it. */
export class RelayPage {
  readonly tx: TxProgress

  constructor(readonly page: Page) {
    this.tx = new TxProgress(page.locator('main'))
  }

  /** Opens a link and connects the submitter's wallet. */
  async open(link: string, { connect = true } = {}): Promise<this> {
    await this.page.goto(link)
    if (connect) await connectWallet(this.page)
    return this
  }

  get signer(): Locator {
    return this.page.getByTestId(RELAY_TEST_IDS.signer)
  }

  get review(): Locator {
    return this.page.getByTestId('write-review')
  }

  get submitButton(): Locator {
    return this.page.getByTestId(RELAY_TEST_IDS.submit)
  }

  get outcome(): Locator {
    return this.page.getByTestId(RELAY_TEST_IDS.outcome)
  }

  get error(): Locator {
    return this.page.getByTestId(RELAY_TEST_IDS.error)
  }

  async paste(text: string): Promise<void> {
    await this.page.getByTestId(RELAY_TEST_IDS.input).fill(text)
    await this.page.getByTestId(RELAY_TEST_IDS.open).click()
  }

  async submitAndWait(outcome: string): Promise<void> {
    await this.submitButton.click()
    await expect(this.outcome).toHaveText(outcome)
  }
}
