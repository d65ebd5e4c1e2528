import { ROLE } from '../ocn/catalog'
import type { Party } from '../ocn/reads'
import { hasModules, modulesDraftOf } from './party-form'

/**
 * Where the account goes from here on /identity, in the order most users need: the party first, then its modules,
 * then the marketplace. A node operator's listed node leads to a party on it. `null`: nothing is done yet, so the
 * party form itself is the way in.
 */
export type NextStep =
  | { kind: 'party-on-node' }
  | { kind: 'modules' }
  | { kind: 'ready'; provider: boolean }

// Parties that mostly consume services; every other role (hub, navigation, smart charging, other...) may offer one.
const CONSUMER_ROLES: readonly number[] = [ROLE.CPO, ROLE.EMSP]

export function nextStepOf(party: Party | null, nodeDomain: string): NextStep | null {
  if (!party) return nodeDomain === '' ? null : { kind: 'party-on-node' }
  if (!hasModules(modulesDraftOf(party))) return { kind: 'modules' }
  return { kind: 'ready', provider: party.roles.some((role) => !CONSUMER_ROLES.includes(role)) }
}
