import { type Address, type EIP1193RequestFn, getAddress, numberToHex, SwitchChainError } from 'viem'
import { createConnector } from 'wagmi'
import type { DevAccount } from './dev-accounts'

type Provider = { request: EIP1193RequestFn }

/** A dev account's requests go to the local chain; one that hangs must end in an error, never a frozen button. */
export const DEV_RPC_TIMEOUT_MS = 15_000

/** The EIP-1193 provider behind a dev account: accounts and chain answered locally, the rest sent to anvil. */
export function devAccountProvider(address: Address, rpcUrl: string, chainId: number, timeoutMs = DEV_RPC_TIMEOUT_MS): Provider {
  let rpcId = 0
  return {
    request: (async ({ method, params }: { method: string; params?: unknown }) => {
      if (method === 'eth_accounts' || method === 'eth_requestAccounts') return [address]
      if (method === 'eth_chainId') return numberToHex(chainId)
      let body
      try {
        const response = await fetch(rpcUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ jsonrpc: '2.0', id: ++rpcId, method, params: params ?? [] }),
          signal: AbortSignal.timeout(timeoutMs),
        })
        body = await response.json()
      } catch (error) {
        if ((error as Error).name === 'TimeoutError') throw new Error(`The local chain did not answer ${method} within ${timeoutMs / 1_000} s: the request timed out.`)
        throw error
      }
      if (body.error) throw Object.assign(new Error(body.error.message), body.error)
      return body.result
    }) as EIP1193RequestFn,
  }
}

/**
 * A wallet for newcomers on the local demo network: it acts as one of anvil's unlocked test accounts, so anvil
 * signs its transactions. The config only includes it when the network is the local chain (chain id 31337).
 */
export function devAccountConnector(account: DevAccount, rpcUrl: string, chainId: number) {
  const storageKey = `ocn-marketplace:dev-account:${account.index}`
  const address: Address = getAddress(account.address)
  const provider = devAccountProvider(address, rpcUrl, chainId)

  return createConnector<Provider>((config) => ({
    id: `ocn-dev-account-${account.index}`,
    name: `Dev account · ${account.label ?? account.address}`,
    type: 'ocnDevAccount',
    async connect() {
      localStorage.setItem(storageKey, '1')
      // The return type depends on a generic flag this connector never honours: plain addresses only.
      return { accounts: [address], chainId } as never
    },
    async disconnect() {
      localStorage.removeItem(storageKey)
    },
    async getAccounts() {
      return [address]
    },
    async getChainId() {
      return chainId
    },
    async getProvider() {
      return provider
    },
    async isAuthorized() {
      return localStorage.getItem(storageKey) === '1'
    },
    async switchChain({ chainId: wanted }) {
      const chain = config.chains.find((c) => c.id === wanted)
      if (!chain || wanted !== chainId) throw new SwitchChainError(new Error(`Dev accounts exist only on chain ${chainId}.`))
      return chain
    },
    onAccountsChanged() {},
    onChainChanged() {},
    onDisconnect() {
      config.emitter.emit('disconnect')
    },
  }))
}
