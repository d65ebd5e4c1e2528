'use client'

import { createContext, useContext } from 'react'
import { DISCONNECTED, type WalletConnection } from '@/lib/chain/wallet-connection'
import type { WalletRuntime } from '@/lib/chain/wallet-runtime'

export type Wallet = {
  connection: WalletConnection
  /** wagmi, once loaded: null on first paint, and on read pages until a visitor starts to connect. */
  runtime: WalletRuntime | null
  /** Loads wagmi (once) and starts it; components call this when the visitor acts. */
  load: () => Promise<WalletRuntime>
}

export const WalletContext = createContext<Wallet>({
  connection: DISCONNECTED,
  runtime: null,
  load: () => Promise.reject(new Error('No WalletProvider above this component.')),
})

/** The visitor's wallet connection, known from the cookie on first paint and kept live once wagmi runs. */
export function useWallet(): Wallet {
  return useContext(WalletContext)
}
