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
      return t('relay.outcome.setNode', { who, domain: cleanText(call.domain, 80).text })
    case 'deleteNode':
      return t('relay.outcome.deleteNode', { who })
    case 'setParty':
      // The address, not `who`: after this write the credentials are the ones just set, which the sentence names.
      return t('relay.outcome.setParty', { signer, credentials: formatCredentials(call), roles: rolesText(call.roles, t) })
    case 'setPartyModules':
      return t('relay.outcome.setModules', { who, modules: modulesText(call, t) })
    case 'deleteParty':
      return t('relay.outcome.deleteParty', { who })
    case 'setService':
      return t('relay.outcome.setService', { who, name: cleanText(call.name, 80).text || t('writes.common.noName') })
    case 'deleteService':
      return t('relay.outcome.deleteService', { who })
    case 'createAgreement':
      return t('relay.outcome.agree', { who, provider: nameOf(call.provider) })
    case 'revokeAgreement':
      return t('relay.outcome.revoke', { who, provider: nameOf(call.provider) })
  }
}

/**
 * What is on chain once every call of a relayed request is confirmed, for the signer: said from the signed
 * parameters (the chain accepted exactly these), never from words the document brought.
 */
export function relayOutcome(calls: readonly RawCall[], signer: Address, nameOf: NameOf, t: Translate): string {
  return t('relay.outcome.submitted', { sentences: calls.map((call) => sentence(call, signer, nameOf, t)).join(' ') })
}
