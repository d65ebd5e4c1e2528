import { test as base, expect } from '@playwright/test'
import { anvilAddress } from '../../lib/devnet/accounts'
import { E2E_CACHE_PROXY_PORT, E2E_CHAIN_URL, E2E_PROXY_PORT, rpc } from './chain'
import { type CspRecorder, recordCspViolations } from './csp-recorder'
import { type FaultProxy, startFaultProxy } from './fault-proxy'
import { exposeWalletTransport, installTestWallet } from './test-wallet'

type Fixtures = {
  /** Reverts the chain to its seeded state after each test, so tests never see each other's writes. */
  chainSnapshot: void
  /** Installs the test wallet, acting for the given anvil account index (default: eMSP DE*MSP). */
  walletAccount: number
  wallet: void
  /** Fails the test if any page reported a Content Security Policy violation. */
  cspViolations: CspRecorder
  /** The fault proxy in front of the e2e chain, on the port the fault app (E2E_FAULT_APP_URL) reads. */
  faultProxy: FaultProxy
  /** The counting proxy in front of the e2e chain that the cache app (E2E_CACHE_APP_URL) reads. */
  cacheProxy: FaultProxy
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
      await exposeWalletTransport(page.context(), E2E_CHAIN_URL)
      await page.addInitScript(installTestWallet, { account: anvilAddress(walletAccount), chainId: 31337 })
      await use()
    },
    { auto: true },
  ],
  faultProxy: [
    async ({}, use) => {
      const proxy = await startFaultProxy({ port: E2E_PROXY_PORT, target: E2E_CHAIN_URL })
      await use(proxy)
      await proxy.stop()
    },
    { auto: false },
  ],
  cacheProxy: [
    async ({}, use) => {
      const proxy = await startFaultProxy({ port: E2E_CACHE_PROXY_PORT, target: E2E_CHAIN_URL })
      await use(proxy)
      await proxy.stop()
    },
    { auto: false },
  ],
})

export { expect }
