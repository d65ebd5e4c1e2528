import type { Address } from 'viem'
import type { Network } from '../chain/networks'
import { permissionsWrite, registryWrite } from './calls'
import { encodeCountryCode, encodePartyId } from './codecs'

/** Every write the marketplace makes, as data: the call a button sends, built in one place and typed by the ABI. */

export function agreementRequest(network: Network, action: 'createAgreement' | 'revokeAgreement', provider: Address) {
  return permissionsWrite(network, action, [provider])
}

export const setNodeRequest = (network: Network, domain: string) => registryWrite(network, 'setNode', [domain])
export const deleteNodeRequest = (network: Network) => registryWrite(network, 'deleteNode', [])

export function setPartyRequest(network: Network, party: { countryCode: string; partyId: string; roles: number[]; operator: Address }) {
  return registryWrite(network, 'setParty', [encodeCountryCode(party.countryCode), encodePartyId(party.partyId), party.roles, party.operator])
}

export const setPartyModulesRequest = (network: Network, sender: number[], receiver: number[]) =>
  registryWrite(network, 'setPartyModules', [sender, receiver])
export const deletePartyRequest = (network: Network) => registryWrite(network, 'deleteParty', [])

/** The Registry owner's writes (its desk on /registry). Renouncing ownership is deliberately not among them. */
export const adminDeleteOperatorRequest = (network: Network, operator: Address) => registryWrite(network, 'adminDeleteOperator', [operator])
export function adminDeletePartyRequest(network: Network, party: { countryCode: string; partyId: string }) {
  return registryWrite(network, 'adminDeleteParty', [encodeCountryCode(party.countryCode), encodePartyId(party.partyId)])
}
export const transferOwnershipRequest = (network: Network, newOwner: Address) => registryWrite(network, 'transferOwnership', [newOwner])

export function setServiceRequest(network: Network, service: { name: string; url: string; permissions: number[] }) {
  return permissionsWrite(network, 'setService', [service.name, service.url, service.permissions.map(BigInt)])
}

export const deleteServiceRequest = (network: Network) => permissionsWrite(network, 'deleteService', [])
