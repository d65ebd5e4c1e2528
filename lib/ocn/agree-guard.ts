import type { Standing } from './reads'

export type GuardReason = 'not-connected' | 'checking' | 'no-party' | 'no-node' | 'agreed'

export type Guard = { ok: true } | { ok: false; reason: GuardReason; message: string }

/**
 * Why the agree button is disabled, if it is. A wallet on another network does not block: it is asked to
 * switch at the moment of the action.
 */
export function agreeGuard(input: { connected: boolean; standing: Standing | undefined }): Guard {
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
