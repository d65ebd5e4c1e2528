import type { Translate } from '../i18n/translate'
import { type Address, isAddressEqual } from 'viem'
import { shortAddress } from '../format'

/**
 * A write is signed by the account the user reviewed it with, or not at all. Wallets switch accounts (and
 * networks) at any moment, also while a review is open or a simulation runs: the account connected when the
 * wallet is about to be asked must still be the reviewed one. Returns what to tell the user, or null.
 */
export function accountSwitchProblem(reviewed: Address, connected: Address | undefined, t: Translate): string | null {
  if (!connected) return t('tx.disconnected')
  if (isAddressEqual(reviewed, connected)) return null
  return t('tx.switchedAccount', { connected: shortAddress(connected), reviewed: shortAddress(reviewed) })
}
