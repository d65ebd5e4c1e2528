import type { Party, Standing } from './reads'

export type GuardReason =
  | 'provider-unlisted'
  | 'provider-node-unlisted'
  | 'not-connected'
  | 'checking'
  | 'no-party'
  | 'no-node'
  | 'agreed'

export type Guard = { ok: true } | { ok: false; reason: GuardReason; message: string }

/**
 * Why the agree button is disabled, if it is. A service that cannot receive anything is never offered: ocn-node
 * forwards copies to the provider's OCPI party through the provider's node, not to the service URL, so without
 * both listings in the Registry an agreement would only grant access to a provider that is gone. A wallet on
 * another network does not block: it is asked to switch at the moment of the action.
 *
 * `provider` is the provider's freshest known Registry listing (null when it was deleted).
 */
export function agreeGuard(input: { connected: boolean; standing: Standing | undefined; provider: Party | null }): Guard {
  if (!input.provider) {
    return {
      ok: false,
      reason: 'provider-unlisted',
      message:
        "This service cannot receive anything: its provider's party is no longer listed in the Registry. OCN nodes send copies to the provider's OCPI party, not to the service's URL, so there is nobody to send them to. Agreeing is not offered.",
    }
  }
  if (!input.provider.nodeDomain) {
    return {
      ok: false,
      reason: 'provider-node-unlisted',
      message:
        "This service cannot receive anything: the OCN node of its provider's party is no longer listed in the Registry, so no copy can be routed to the provider. Agreeing is not offered.",
    }
  }
  if (!input.connected) return { ok: false, reason: 'not-connected', message: "Connect your party's wallet to agree." }
  if (!input.standing) return { ok: false, reason: 'checking', message: 'Checking your OCN identity…' }
  const { party, agreed } = input.standing
  if (agreed) return { ok: false, reason: 'agreed', message: 'Your party has agreed to this service.' }
  if (!party) {
    return {
      ok: false,
      reason: 'no-party',
      message:
        'This account is not a listed OCN party. Agreements are made by parties: list your party in the Registry (your OCN identity) or connect the wallet that holds it.',
    }
  }
  if (!party.nodeDomain) {
    return {
      ok: false,
      reason: 'no-node',
      message: "Your party's OCN node is no longer listed in the Registry, so no node would forward anything. Ask your node operator.",
    }
  }
  return { ok: true }
}
