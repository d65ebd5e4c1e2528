import type { Address } from 'viem'
import type { Translate } from '../i18n/translate'
import { formatCredentials } from '../ocn/codecs'
import { cleanText } from '../ocn/untrusted'
import type { RawCall } from '../signing/types'
import { modulesText, rolesText } from '../writes/identity-text'

/** How an address reads in a sentence: its party's credentials when it has a listing, else the address. */
export type NameOf = (address: Address) => string

function sentence(call: RawCall, signer: Address, nameOf: NameOf, t: Translate): string {
  const who = nameOf(signer)
  switch (call.kind) {
    case 'setNode':
      return `${who} operates the OCN node ${cleanText(call.domain, 80).text}.`
    case 'deleteNode':
      return `${who} no longer lists an OCN node.`
    case 'setParty':
      // The address, not `who`: after this write the credentials are the ones just set, which the sentence names.
      return `The Registry lists ${signer} as the OCPI party ${formatCredentials(call)} with the roles ${rolesText(call.roles, t)}.`
    case 'setPartyModules':
      return `${who} implements the OCPI modules ${modulesText(call, t)}.`
    case 'deleteParty':
      return `${who} is no longer listed as an OCPI party.`
    case 'setService':
      return `${who} lists the service “${cleanText(call.name, 80).text || '(no name)'}”.`
    case 'deleteService':
      return `${who} no longer lists a service.`
    case 'createAgreement':
      return `${who} has an agreement with ${nameOf(call.provider)}.`
    case 'revokeAgreement':
      return `${who}'s agreement with ${nameOf(call.provider)} is revoked.`
  }
}

/**
 * What is on chain once every call of a relayed request is confirmed, for the signer: said from the signed
 * parameters (the chain accepted exactly these), never from words the document brought.
 */
export function relayOutcome(calls: readonly RawCall[], signer: Address, nameOf: NameOf, t: Translate): string {
  return `Submitted: ${calls.map((call) => sentence(call, signer, nameOf, t)).join(' ')}`
}
