import { cookieStorage, createConfig, createStorage, http } from 'wagmi'
import { injected } from 'wagmi/connectors'
import { chainOf } from './client'
import type { Network } from './networks'

/**
 * The same config is built on the server (to read the connection from the cookie) and in the browser, so a
 * connected wallet renders as connected on first paint. EIP-6963 discovery adds every installed wallet.
 */
export function makeWagmiConfig(network: Network) {
  const chain = chainOf(network)
  return createConfig({
    chains: [chain],
    connectors: [injected()],
    transports: { [chain.id]: http(network.rpcUrl) },
    ssr: true,
    storage: createStorage({ storage: cookieStorage }),
  })
}
