// TEMPORARY shim until i12-fetch lands (deleted at that merge): B's manifestBook, answering "pending" for all.
import type { Network } from '../chain/networks'
import { PENDING_SUMMARY } from '../manifest/types'

export function manifestBook(network: Network) {
  void network
  return { summaryOf: () => PENDING_SUMMARY, epoch: () => 0, warm: () => {}, settle: async () => {} }
}
