import { type Address, type EIP1193RequestFn, getAddress, numberToHex, SwitchChainError } from 'viem'
import { createConnector } from 'wagmi'
import type { DevAccount } from './dev-accounts'

type Provider = { request: EIP1193RequestFn }

/**
 * A wallet for newcomers on the local demo network: it acts as one of anvil's unlocked test accounts, so anvil
 * signs its transactions. The config only includes it when the network is the local chain (chain id 31337).
 */
export function devAccountConnector(account: DevAccount, rpcUrl: string, chainId: number) {
  const storageKey = `ocn-marketplace:dev-account:${account.index}`
  const address: Address = getAddress(account.address)
  let rpcId = 0

  const provider: Provider = {
    request: (async ({ method, params }: { method: string; params?: unknown }) => {
      if (method === 'eth_accounts' || method === 'eth_requestAccounts') return [address]
      if (method === 'eth_chainId') return numberToHex(chainId)
      const response = await fetch(rpcUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ jsonrpc: '2.0', id: ++rpcId, method, params: params ?? [] }),
      })
      const body = await response.json()
      if (body.error) throw Object.assign(new Error(body.error.message), body.error)
      return body.result
    }) as EIP1193RequestFn,
  }

  return createConnector<Provider>((config) => ({
    id: `ocn-dev-account-${account.index}`,
    name: `Dev account · ${account.label}`,
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
