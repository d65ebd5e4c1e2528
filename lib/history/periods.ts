import type { AgreementPeriod } from './types'

export type PartyAgreementHistory = {
  /** The period of each active agreement, by provider address lower-cased. */
  active: Map<string, AgreementPeriod>
  /** Revoked periods, newest first as the history API lists them. */
  past: AgreementPeriod[]
}

/**
 * A party's periods split into the active ones (one per provider: the contract alternates create and revoke, so
 * the newest unrevoked period is the agreement in force) and the revoked ones.
 */
export function splitPeriods(periods: readonly AgreementPeriod[]): PartyAgreementHistory {
  const active = new Map<string, AgreementPeriod>()
  const past: AgreementPeriod[] = []
  for (const period of periods) {
    if (period.revoked) {
      past.push(period)
      continue
    }
    const key = period.provider.toLowerCase()
    const seen = active.get(key)
    // Event ids sort in chain order (types.ts).
    if (!seen || period.id > seen.id) active.set(key, period)
  }
  return { active, past }
}
