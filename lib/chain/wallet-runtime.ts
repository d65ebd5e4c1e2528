// Everything wagmi does in the browser, loaded once a visitor has a wallet connection or starts to connect:
// read pages paint without it.
import { Hydrate } from 'wagmi'
import { disconnect, switchChain } from 'wagmi/actions'
import type { Network } from './networks'
import { makeWagmiConfig } from './wagmi'

export function startWallet(network: Network) {
  const config = makeWagmiConfig(network)
  return {
    config,
    /** wagmi's own hydration (cookie state, EIP-6963 wallets, reconnect), rendered once beside the page. */
    Hydrate,
    disconnect: () => disconnect(config),
    switchChain: (chainId: number) => switchChain(config, { chainId }),
  }
}

export type WalletRuntime = ReturnType<typeof startWallet>
