import { test as base, expect } from '@playwright/test'
import { anvilAddress } from '../../lib/devnet/accounts'
import { E2E_CHAIN_URL, rpc } from './chain'
import { type CspRecorder, recordCspViolations } from './csp-recorder'
import { installTestWallet } from './test-wallet'

type Fixtures = {
  /** Reverts the chain to its seeded state after each test, so tests never see each other's writes. */
  chainSnapshot: void
  /** Installs the test wallet, acting for the given anvil account index (default: eMSP DE*MSP). */
  walletAccount: number
  wallet: void
  /** Fails the test if any page reported a Content Security Policy violation. */
  cspViolations: CspRecorder
}

export const test = base.extend<Fixtures>({
  chainSnapshot: [
    async ({}, use) => {
      const id = await rpc<string>('evm_snapshot')
      await use()
      await rpc('evm_revert', [id])
    },
    { auto: true },
  ],
  cspViolations: [
    async ({ context }, use) => {
      const { recorder, seen } = await recordCspViolations(context)
      await use(recorder)
      expect(seen(), 'Content Security Policy violations').toEqual([])
    },
    { auto: true },
  ],
  walletAccount: [7, { option: true }],
  wallet: [
    async ({ page, walletAccount }, use) => {
      await page.addInitScript(installTestWallet, { rpcUrl: E2E_CHAIN_URL, account: anvilAddress(walletAccount), chainId: 31337 })
      await use()
    },
    { auto: true },
  ],
})

export { expect }
