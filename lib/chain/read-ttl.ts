import { type Network, NetworkConfigError } from './networks'

/**
 * How long the server trusts a chain head before checking it again: about one block. Energy Web Chain and Volta
 * make a block every ~5 s; anvil only when a transaction arrives, so a short second keeps `npm run dev` feeling
 * live after a write from elsewhere (the CLI, a script) while a burst of views still shares one read.
 */
const TTL_BY_KIND: Record<Network['kind'], number> = { local: 1_000, testnet: 5_000, mainnet: 5_000 }

/** The longest TTL an operator may set: a confirmed write refreshes at once, but anyone else's waits for it. */
const MAX_TTL_MS = 10 * 60_000

/** OCN_READ_TTL_MS overrides the network's default for every network; 0 checks the head on every view. */
export function readTtlMs(network: Network, env: Record<string, string | undefined>): number {
  const raw = env.OCN_READ_TTL_MS
  const text = raw?.trim()
  if (!text) return TTL_BY_KIND[network.kind]
  const value = Number(text)
  if (!/^\d+$/.test(text) || value > MAX_TTL_MS) {
    throw new NetworkConfigError(`OCN_READ_TTL_MS must be a whole number of milliseconds from 0 to ${MAX_TTL_MS}, not "${raw}".`)
  }
  return value
}
