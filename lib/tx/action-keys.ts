import type { Address } from 'viem'

/**
 * The keys actions are stored and resumed under: the same action shown in several places (a list and its dialog)
 * shares one progress, and a reload finds a pending transaction again by the same key.
 */
export const revokeActionKey = (user: Address) => `revoke:${user.toLowerCase()}`
export const identityActionKey = (part: 'node' | 'party' | 'modules', account: Address) => `identity:${part}:${account.toLowerCase()}`
export const listingActionKey = (kind: 'publish' | 'delete', account: Address) => `listing:${kind}:${account.toLowerCase()}`
/** The Registry owner's desk: one action per kind, each step keyed by what it removes or who takes over. */
export const ownerActionKey = (kind: 'delete-party' | 'delete-node' | 'transfer', owner: Address) => `owner:${kind}:${owner.toLowerCase()}`

/** One agreement's transaction: the agree panel's action, and one step of a revoke. */
export function agreementKey(action: 'agree' | 'revoke', user: Address, provider: Address): string {
  return `${action}:${user.toLowerCase()}:${provider.toLowerCase()}`
}

/** The resume key of one identity transaction, as the identity steps have stored it since they were built. */
export const identityStepKey = (functionName: string, account: string) => `identity:${functionName}:${account.toLowerCase()}`
