import type { Address } from 'viem'
import type { Network } from '../chain/networks'
import type { WriteRequest } from '../tx/run-write'
import { permissionsAbi, registryAbi } from './abi'
import { encodeCountryCode, encodePartyId } from './codecs'

/** Every write the marketplace makes, as data: the call a button sends, built in one place. */
const registry = (network: Network, functionName: string, args: readonly unknown[] = []): WriteRequest => ({
  address: network.registry,
  abi: registryAbi,
  functionName,
  args,
})
const permissions = (network: Network, functionName: string, args: readonly unknown[] = []): WriteRequest => ({
  address: network.permissions,
  abi: permissionsAbi,
  functionName,
  args,
})

export function agreementRequest(network: Network, action: 'createAgreement' | 'revokeAgreement', provider: Address): WriteRequest {
  return permissions(network, action, [provider])
}

export const setNodeRequest = (network: Network, domain: string) => registry(network, 'setNode', [domain])
export const deleteNodeRequest = (network: Network) => registry(network, 'deleteNode')

export function setPartyRequest(network: Network, party: { countryCode: string; partyId: string; roles: number[]; operator: Address }): WriteRequest {
  return registry(network, 'setParty', [encodeCountryCode(party.countryCode), encodePartyId(party.partyId), party.roles, party.operator])
}

export const setPartyModulesRequest = (network: Network, sender: number[], receiver: number[]) =>
  registry(network, 'setPartyModules', [sender, receiver])
export const deletePartyRequest = (network: Network) => registry(network, 'deleteParty')

export function setServiceRequest(network: Network, service: { name: string; url: string; permissions: number[] }): WriteRequest {
  return permissions(network, 'setService', [service.name, service.url, service.permissions.map(BigInt)])
}

export const deleteServiceRequest = (network: Network) => permissions(network, 'deleteService')

/** Identifies an action across reloads, so a pending transaction is found again by the same button. */
export function agreementKey(action: 'agree' | 'revoke', user: Address, provider: Address): string {
  return `${action}:${user.toLowerCase()}:${provider.toLowerCase()}`
}
