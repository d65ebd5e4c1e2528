import { enT } from '../i18n/testing'
import { type Address, createTestClient, http, publicActions, walletActions } from 'viem'
import { createConfig } from 'wagmi'
import { inject } from 'vitest'
import { chainOf } from '../chain/client'
import { NETWORKS } from '../chain/networks'
import type { WriteDeps } from '../tx/run-write'

/** The seeded test chain with anvil's test actions: snapshots, mining, transactions from unlocked accounts. */
export const testChain = () => createTestClient({ mode: 'anvil', transport: http(inject('chainUrl')) }).extend(publicActions).extend(walletActions)

export function memoryStore() {
  const data = new Map<string, string>()
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) }
}

/**
 * The wagmi config the app builds, on the test chain and without connectors: enough for everything a write
 * does except the wallet prompt itself (simulations, receipts).
 */
export function testWriteDeps(account: Address): WriteDeps {
  const network = { ...NETWORKS.local, rpcUrl: inject('chainUrl') }
  const chain = chainOf(network)
  const config = createConfig({ chains: [chain], transports: { [chain.id]: http(network.rpcUrl) }, storage: null })
  return { config, network, account, walletChainId: network.chainId, store: memoryStore(), t: enT }
}
