import { enT } from '../i18n/testing'
import { type Address, type Chain, defineChain, type EIP1193RequestFn, numberToHex, UserRejectedRequestError } from 'viem'
import { createConfig, createConnector, http } from 'wagmi'
import { connect } from 'wagmi/actions'
import { inject } from 'vitest'
import { chainOf } from '../chain/client'
import { NETWORKS } from '../chain/networks'
import type { WriteDeps } from '../tx/run-write'
import { memoryStore } from './test-write-deps'

/** A network the wallet can start on instead of the app's: only its id matters, nothing is sent to it. */
const ELSEWHERE = defineChain({ id: 73_799, name: 'Elsewhere', nativeCurrency: { name: 'X', symbol: 'X', decimals: 18 }, rpcUrls: { default: { http: ['http://127.0.0.1:9'] } } })

/**
 * A wallet for unit tests, as a wagmi connector over the real test chain: anvil signs for its unlocked and
 * impersonated accounts, so wagmi's own write code runs end to end. Like a user, the test can reject the next
 * prompt; the wallet can start on another network, and logs every request the app makes of it.
 */
export function testWallet(account: Address, startChainId: number) {
  const rpcUrl = inject('chainUrl')
  const wallet = { chainId: startChainId, rejections: new Set<string>(), requests: [] as string[] }
  let rpcId = 0

  const request = (async ({ method, params }: { method: string; params?: unknown }) => {
    wallet.requests.push(method)
    if (wallet.rejections.delete(method)) throw new UserRejectedRequestError(new Error('User rejected the request.'))
    if (method === 'eth_accounts' || method === 'eth_requestAccounts') return [account]
    if (method === 'eth_chainId') return numberToHex(wallet.chainId)
    if (method === 'wallet_switchEthereumChain') {
      wallet.chainId = Number((params as [{ chainId: string }])[0].chainId)
      return null
    }
    const response = await fetch(rpcUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: ++rpcId, method, params }) })
    const body = (await response.json()) as { result?: unknown; error?: { message: string; code: number; data?: unknown } }
    if (body.error) throw Object.assign(new Error(body.error.message), body.error)
    return body.result
  }) as EIP1193RequestFn
  const provider = { request, on: () => {}, removeListener: () => {} }

  const connector = createConnector<typeof provider>((config) => ({
    id: 'test-wallet',
    name: 'Test Wallet',
    type: 'test-wallet',
    async connect() {
      return { accounts: [account], chainId: wallet.chainId } as never
    },
    async disconnect() {},
    async getAccounts() {
      return [account]
    },
    async getChainId() {
      return wallet.chainId
    },
    async getProvider() {
      return provider
    },
    async isAuthorized() {
      return true
    },
    async switchChain({ chainId }) {
      await request({ method: 'wallet_switchEthereumChain', params: [{ chainId: numberToHex(chainId) }] })
      config.emitter.emit('change', { chainId })
      return config.chains.find((c) => c.id === chainId) as Chain
    },
    onAccountsChanged() {},
    onChainChanged() {},
    onDisconnect() {},
  }))

  return { wallet, connector, reject: (method: string) => void wallet.rejections.add(method) }
}

/** Write dependencies as the app builds them, with the test wallet connected as `account`. */
export async function connectedWriteDeps(account: Address, options: { walletChainId?: number } = {}) {
  const network = { ...NETWORKS.local, rpcUrl: inject('chainUrl') }
  const chain = chainOf(network)
  const test = testWallet(account, options.walletChainId ?? network.chainId)
  const config = createConfig({
    chains: [chain, ELSEWHERE],
    connectors: [test.connector],
    transports: { [chain.id]: http(network.rpcUrl), [ELSEWHERE.id]: http(ELSEWHERE.rpcUrls.default.http[0]) },
    storage: null,
  })
  await connect(config, { connector: config.connectors[0] })
  const deps: WriteDeps = { config, network, account, walletChainId: test.wallet.chainId, store: memoryStore(), t: enT }
  return { deps, ...test }
}

export const OTHER_CHAIN_ID = ELSEWHERE.id
