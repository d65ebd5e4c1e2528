import { mnemonicToAccount } from 'viem/accounts'
import type { Address, HDAccount } from 'viem'

/** anvil's default test mnemonic: public knowledge, never to hold real funds. */
export const ANVIL_MNEMONIC = 'test test test test test test test test test test test junk'

const cache = new Map<number, HDAccount>()

export function anvilAccount(index: number): HDAccount {
  let account = cache.get(index)
  if (!account) {
    account = mnemonicToAccount(ANVIL_MNEMONIC, { addressIndex: index })
    cache.set(index, account)
  }
  return account
}

export function anvilAddress(index: number): Address {
  return anvilAccount(index).address
}
