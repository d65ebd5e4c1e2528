import type { Address } from 'viem'
import type { Network } from '../chain/networks'
import type { WriteRequest } from '../tx/run-write'
import { permissionsAbi } from './abi'

export function agreementRequest(network: Network, action: 'createAgreement' | 'revokeAgreement', provider: Address): WriteRequest {
  return { address: network.permissions, abi: permissionsAbi, functionName: action, args: [provider] }
}

/** Identifies an action across reloads, so a pending transaction is found again by the same button. */
export function agreementKey(action: 'agree' | 'revoke', user: Address, provider: Address): string {
  return `${action}:${user.toLowerCase()}:${provider.toLowerCase()}`
}
