import { type Network, NETWORKS } from '../chain/networks'

/**
 * Where a request says it was signed, as advice only: the digests carry no chain id, so the same signatures work
 * on every network with these contracts. Said plainly when it is not the network it will be submitted to.
 */
export function signedOnNote(chainId: number, network: Network): { text: string; elsewhere: boolean } {
  const known = Object.values(NETWORKS).find((n) => n.chainId === chainId)
  const where = known ? `${known.name} (chain ${chainId})` : `a network with chain id ${chainId}`
  if (chainId === network.chainId) {
    return { text: `Prepared on ${where}, the network you submit it to.`, elsewhere: false }
  }
  return {
    text: `Prepared on ${where}, not on ${network.name}. The signatures hold no network, so they work here too: submitting it here acts on ${network.name}'s Registry and Permissions contracts.`,
    elsewhere: true,
  }
}
