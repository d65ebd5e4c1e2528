import type { Translate } from '../i18n/translate'
import type { Messages } from 'next-intl'

/**
 * Every revert string of the OCN Registry and Permissions contracts (ocn-spec §6 and §8), mapped to its
 * explanation in words an operations person can act on (`reverts.*`). The contract's own text is kept beside it,
 * for support tickets.
 */
const EXPLANATIONS: Record<string, keyof Messages['reverts']> = {
  'Cannot set empty domain name. Use deleteNode method instead.': 'emptyDomain',
  'Domain name already registered.': 'domainTaken',
  'Cannot delete node that does not exist.': 'noNode',
  'Cannot set empty country_code. Use deleteParty method instead.': 'emptyCountryCode',
  'Cannot set empty party_id. Use deleteParty method instead.': 'emptyPartyId',
  'No roles provided.': 'noRoles',
  'Cannot set empty operator. Use deleteParty method instead.': 'emptyOperator',
  'Party with country_code/party_id already registered under different address.': 'credentialsTaken',
  'Provided operator not registered.': 'operatorUnlisted',
  'Party not registered. Use setParty method first.': 'partyUnlisted',
  'Cannot delete party that does not exist. No operator found for given party.': 'noParty',
  'Signer and provided party address different.': 'signerMismatch',
  'Trying to register a service without party listing in Registry.': 'serviceWithoutParty',
  'No permissions given.': 'noPermissions',
  'Cannot delete service that does not exist.': 'noService',
  'Service user has no party listing in Registry.': 'userNotParty',
  'Provider has no registered Service.': 'providerWithdrawn',
  'Agreement already made between user and provider.': 'alreadyAgreed',
  'No Agreement made between user and provider.': 'noAgreement',
}

export const KNOWN_REVERT_REASONS = Object.keys(EXPLANATIONS)

/** A plain-language explanation, or null for a reason the contracts do not produce. */
export function explainRevert(reason: string, t: Translate): string | null {
  const trimmed = reason.trim()
  return Object.hasOwn(EXPLANATIONS, trimmed) ? t(`reverts.${EXPLANATIONS[trimmed]}`) : null
}
