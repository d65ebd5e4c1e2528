/**
 * Every revert string of the OCN Registry and Permissions contracts (ocn-spec §6 and §8), in words an operations
 * person can act on. The contract's own text is kept beside it, for support tickets.
 */
const EXPLANATIONS: Record<string, string> = {
  // Registry: nodes
  'Cannot set empty domain name. Use deleteNode method instead.': 'Enter the URL of your OCN node.',
  'Domain name already registered.':
    'Another node already uses this URL (or once did: a node URL stays reserved forever on chain). Choose a different URL.',
  'Cannot delete node that does not exist.': 'This account has no node listed in the Registry, so there is nothing to delete.',
  // Registry: parties
  'Cannot set empty country_code. Use deleteParty method instead.': 'Enter your 2-letter OCPI country code.',
  'Cannot set empty party_id. Use deleteParty method instead.': 'Enter your 3-character OCPI party ID.',
  'No roles provided.': 'Choose at least one OCPI role for your party.',
  'Cannot set empty operator. Use deleteParty method instead.': 'Choose the OCN node that serves your party.',
  'Party with country_code/party_id already registered under different address.':
    'These OCPI credentials are already listed by another address. Each country code and party ID can belong to one address only.',
  'Provided operator not registered.': 'The chosen node is not listed in the Registry. Pick a listed node, or list your node first.',
  'Party not registered. Use setParty method first.': 'List your party in the Registry before setting its OCPI modules.',
  'Cannot delete party that does not exist. No operator found for given party.':
    'This account has no party listed in the Registry, so there is nothing to delete.',
  'Signer and provided party address different.': 'The signature was made by another account than the party it is for.',
  // Permissions: services
  'Trying to register a service without party listing in Registry.':
    'Only a party listed in the Registry can offer a service. Create your OCN identity first.',
  'No permissions given.': 'Choose at least one permission for your service.',
  'Cannot delete service that does not exist.': 'This account has no service listed, so there is nothing to delete.',
  // Permissions: agreements
  'Service user has no party listing in Registry.':
    'This account is not a listed OCN party. Agreements are made by parties: create your OCN identity first, or connect the wallet of your party.',
  'Provider has no registered Service.': 'The provider has withdrawn this service, so it cannot be agreed to or revoked right now.',
  'Agreement already made between user and provider.': 'Your party has already agreed to this service.',
  'No Agreement made between user and provider.': 'Your party has no agreement with this service to revoke.',
}

export const KNOWN_REVERT_REASONS = Object.keys(EXPLANATIONS)

/** A plain-language explanation, or null for a reason the contracts do not produce. */
export function explainRevert(reason: string): string | null {
  return EXPLANATIONS[reason.trim()] ?? null
}
