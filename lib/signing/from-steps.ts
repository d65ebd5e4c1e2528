import { type Address, getAddress } from 'viem'
import { decodeFixedText } from '../ocn/codecs'
import type { OcnWriteRequest } from '../ocn/calls'
import type { Step } from '../tx/steps'
import type { RawCall } from './types'

/**
 * The raw calls that do what an action's transactions do, signed by `signer` instead of sent by it; null when any
 * step has no raw twin (the owner's admin writes, ownership), since half an action must not be signed.
 * Every parameter that names the acting account is the signer's own address: setNodeRaw stores the node under
 * whoever signed whatever operator it is given, and the party calls revert unless party == signer.
 */
export function rawCallsOf(steps: readonly Step[], signer: Address): RawCall[] | null {
  const self = getAddress(signer)
  const calls: RawCall[] = []
  for (const step of steps) {
    const call = rawCallOf(step.request, self)
    if (!call) return null
    calls.push(call)
  }
  return calls.length > 0 ? calls : null
}

function rawCallOf(request: OcnWriteRequest, self: Address): RawCall | null {
  switch (request.functionName) {
    case 'setNode':
      return { kind: 'setNode', operator: self, domain: request.args[0] }
    case 'deleteNode':
      return { kind: 'deleteNode', operator: self }
    case 'setParty': {
      const [countryCode, partyId, roles, operator] = request.args
      return {
        kind: 'setParty',
        party: self,
        countryCode: decodeFixedText(countryCode),
        partyId: decodeFixedText(partyId),
        roles: [...roles],
        operator: getAddress(operator),
      }
    }
    case 'setPartyModules':
      return { kind: 'setPartyModules', party: self, sender: [...request.args[0]], receiver: [...request.args[1]] }
    case 'deleteParty':
      return { kind: 'deleteParty', party: self }
    case 'setService': {
      const [name, url, permissions] = request.args
      return { kind: 'setService', name, url, permissions: permissions.map((p) => p.toString()) }
    }
    case 'deleteService':
      return { kind: 'deleteService', provider: self }
    case 'createAgreement':
    case 'revokeAgreement':
      return { kind: request.functionName, provider: getAddress(request.args[0]) }
    default:
      return null
  }
}
