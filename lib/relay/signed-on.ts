import type { Translate } from '../i18n/translate'
import { type Network, NETWORKS } from '../chain/networks'

/**
 * Where a request says it was signed, as advice only: the digests carry no chain id, so the same signatures work
 * on every network with these contracts. Said plainly when it is not the network it will be submitted to.
 */
export function signedOnNote(chainId: number, network: Network, t: Translate): { text: string; elsewhere: boolean } {
  const known = Object.values(NETWORKS).find((n) => n.chainId === chainId)
  // Chain ids are identifiers: never grouped like amounts.
  const id = String(chainId)
  const where = known ? t('relay.signedOn.known', { name: known.name, chainId: id }) : t('relay.signedOn.unknown', { chainId: id })
  if (chainId === network.chainId) {
    return { text: t('relay.signedOn.same', { where }), elsewhere: false }
  }
  return {
    text: t('relay.signedOn.elsewhere', { where, network: network.name }),
    elsewhere: true,
  }
}
