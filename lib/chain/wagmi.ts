import { cookieStorage, createConfig, createStorage } from 'wagmi'
import { injected } from 'wagmi/connectors'
import { chainOf, ocnTransport } from './transport'
import { DEV_ACCOUNTS } from './dev-accounts'
import { devAccountConnector } from './dev-connector'
import { type Network, NETWORKS } from './networks'
import { parseWalletStore } from './wallet-state'

/** Dev accounts only where anvil holds their keys: the local network, never Volta or Energy Web Chain. */
export function offersDevAccounts(network: Network): boolean {
  return network.id === 'local' && network.chainId === NETWORKS.local.chainId
}

/** wagmi's cookie storage, except that a connection cookie it could not have written is dropped, not loaded. */
const walletCookieStorage: typeof cookieStorage = {
  ...cookieStorage,
  getItem(key) {
    const raw = cookieStorage.getItem(key)
    if (raw && key.endsWith('.store') && !parseWalletStore(raw)) {
      cookieStorage.removeItem(key)
      return null
    }
    return raw
  },
}

/**
 * The same config is built on the server (to read the connection from the cookie) and in the browser, so a
 * connected wallet renders as connected on first paint. EIP-6963 discovery adds every installed wallet.
 */
export function makeWagmiConfig(network: Network) {
  const chain = chainOf(network)
  const devConnectors = offersDevAccounts(network)
    ? DEV_ACCOUNTS.map((account) => devAccountConnector(account, network.rpcUrl, network.chainId))
    : []
  return createConfig({
    chains: [chain],
    connectors: [injected(), ...devConnectors],
    // The same transport as every read: no redirects, a capped Retry-After, a timeout per request.
    transports: { [chain.id]: ocnTransport(network.rpcUrl) },
    ssr: true,
    storage: createStorage({ storage: walletCookieStorage }),
  })
}
