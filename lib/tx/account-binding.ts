import { type Address, isAddressEqual } from 'viem'
import { shortAddress } from '../format'

/**
 * A write is signed by the account the user reviewed it with, or not at all. Wallets switch accounts (and
 * networks) at any moment, also while a review is open or a simulation runs: the account connected when the
 * wallet is about to be asked must still be the reviewed one. Returns what to tell the user, or null.
 */
export function accountSwitchProblem(reviewed: Address, connected: Address | undefined): string | null {
  if (!connected) return 'Your wallet disconnected before signing. Nothing was signed: connect it and review again.'
  if (isAddressEqual(reviewed, connected)) return null
  return (
    `Your wallet switched to another account (${shortAddress(connected)}) than the one you reviewed this with ` +
    `(${shortAddress(reviewed)}). Nothing was signed: review it again with the account you mean to use.`
  )
}
