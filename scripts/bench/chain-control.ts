// The bench's own access to the chain, straight to anvil (never through the counting proxy).
import { encodeFunctionData } from 'viem'
import { LOCAL_REGISTRY } from '../../lib/chain/networks'
import { rpc, seedBulkServices } from '../../lib/devnet/bulk'
import { registryAbi } from '../../lib/ocn/abi'
import { readServices } from '../../lib/ocn/reads'
import { readContext } from './reads'

const SEED_CHUNK = 1_000

/**
 * Makes the app's server cache cold for the next view: a new block alone is not enough (the cache carries its
 * snapshot over blocks without an OCN event), so the newest listed party sets its modules to what they already are:
 * a PartyUpdate event that changes nothing the catalog shows.
 */
export async function coldServerCache(url: string): Promise<void> {
  const { client } = readContext(url, true)
  const parties = await client.readContract({ address: LOCAL_REGISTRY, abi: registryAbi, functionName: 'getParties' })
  const party = parties[parties.length - 1]
  const [, , sender, receiver] = await client.readContract({ address: LOCAL_REGISTRY, abi: registryAbi, functionName: 'getPartyDetailsByAddress', args: [party] })
  await rpc(url, 'anvil_impersonateAccount', [party])
  await rpc(url, 'anvil_setBalance', [party, '0x3635c9adc5dea00000'])
  const data = encodeFunctionData({ abi: registryAbi, functionName: 'setPartyModules', args: [sender, receiver] })
  const hash = (await rpc(url, 'eth_sendTransaction', [{ from: party, to: LOCAL_REGISTRY, data }])) as string
  // The bulk seed may leave automine off on this chain: mine it either way (an empty block more costs nothing).
  await rpc(url, 'evm_mine')
  const receipt = (await rpc(url, 'eth_getTransactionReceipt', [hash])) as { status: string } | null
  if (receipt?.status !== '0x1') throw new Error('The bench could not make the server cache cold: setPartyModules failed.')
}

/** Services the app lists: what its own catalog read returns on this chain. */
export async function countServices(url: string): Promise<number> {
  return (await readServices(readContext(url, true))).length
}

/**
 * Grows the catalog from `current` to `size` services and returns how many it lists then. Each bulk party publishes
 * one service, so the count is arithmetic: the app's own read may fail at these sizes, and that is a result to
 * measure, not something the bench may depend on.
 */
export async function growCatalogTo(url: string, current: number, size: number): Promise<number> {
  if (current >= size) return current
  const started = performance.now()
  // One batch per phase of 9,000 parties is more than anvil takes in one HTTP request; a thousand at a time is not.
  for (let left = size - current; left > 0; left -= SEED_CHUNK) await seedBulkServices(url, Math.min(SEED_CHUNK, left))
  console.log(`Seeded ${size - current} services in ${Math.round(performance.now() - started)} ms; the catalog lists ${size}.`)
  return size
}
