import type { Network } from '../chain/networks'
import type { OcnWriteRequest } from '../ocn/calls'
import { permissionsWrite, registryWrite } from '../ocn/calls'
import { encodeCountryCode, encodePartyId } from '../ocn/codecs'
import { splitRawSignature } from './recover'
import type { SignedCall } from './types'

/**
 * The transaction whoever holds a signed call sends: the `...Raw` twin of the direct write, with the signed
 * parameters and the signature split into v, r, s (viem encodes both of these, so the CLI's swapped v/s in
 * `revoke-agreement-raw` cannot happen here). Throws RawSignatureError for a signature no contract could use.
 */
export function rawRequest(network: Network, signed: SignedCall): OcnWriteRequest {
  const { v, r, s } = splitRawSignature(signed.signature)
  const call = signed.call
  switch (call.kind) {
    case 'setNode':
      return registryWrite(network, 'setNodeRaw', [call.operator, call.domain, v, r, s])
    case 'deleteNode':
      return registryWrite(network, 'deleteNodeRaw', [call.operator, v, r, s])
    case 'setParty':
      return registryWrite(network, 'setPartyRaw', [
        call.party,
        encodeCountryCode(call.countryCode),
        encodePartyId(call.partyId),
        call.roles,
        call.operator,
        v,
        r,
        s,
      ])
    case 'setPartyModules':
      return registryWrite(network, 'setPartyModulesRaw', [call.party, call.sender, call.receiver, v, r, s])
    case 'deleteParty':
      return registryWrite(network, 'deletePartyRaw', [call.party, v, r, s])
    case 'setService':
      return permissionsWrite(network, 'setServiceRaw', [call.name, call.url, call.permissions.map(BigInt), v, r, s])
    case 'deleteService':
      return permissionsWrite(network, 'deleteServiceRaw', [call.provider, v, r, s])
    case 'createAgreement':
      return permissionsWrite(network, 'createAgreementRaw', [call.provider, v, r, s])
    case 'revokeAgreement':
      return permissionsWrite(network, 'revokeAgreementRaw', [call.provider, v, r, s])
  }
}
