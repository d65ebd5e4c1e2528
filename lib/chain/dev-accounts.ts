import type { Address } from 'viem'

/**
 * anvil's default test accounts that the local demo seed gives an OCN identity (lib/devnet/demo-network.ts),
 * offered as one-click "dev accounts" on the local network only. anvil holds their keys and signs for them.
 * Addresses are spelled out so the browser bundle needs no HD-wallet code; a unit test checks them.
 */
/** `label`: the party's credentials, or null for the account with no identity; `kind` names what it is (wallet.devKind). */
export type DevAccount = { index: number; address: Address; label: string | null; kind: 'cpo' | 'emsp' | 'billing' | 'fresh' }

export const DEV_ACCOUNTS: readonly DevAccount[] = [
  { index: 3, address: '0x90F79bf6EB2c4f870365E785982E1f101E93b906', label: 'CH*CPA', kind: 'cpo' },
  { index: 7, address: '0x14dC79964da2C08b23698B3D3cc7Ca32193d9955', label: 'DE*MSP', kind: 'emsp' },
  { index: 9, address: '0xa0Ee7A142d267C1f36714E4a8F75612F20a79720', label: 'DE*BIL', kind: 'billing' },
  { index: 19, address: '0x8626f6940E2eb28930eFb4CeF49B2d1F2C9C1199', label: null, kind: 'fresh' },
]
