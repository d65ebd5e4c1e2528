import { describePermission, PERMISSION, type Permission } from './catalog'

/**
 * How far the catch-all permissions reach. ocn-node matches FORWARD_ALL on every request, FORWARD_ALL_SENDER on
 * every request to a sender interface and FORWARD_ALL_RECEIVER on every request to a receiver interface
 * (models/Ocn.kt), so SENDER and RECEIVER together reach exactly as far as FORWARD_ALL.
 */
export type CatchAllReach = 'every-request' | 'sender' | 'receiver'

const { FORWARD_ALL, FORWARD_ALL_SENDER, FORWARD_ALL_RECEIVER } = PERMISSION

export function catchAllReach(values: readonly bigint[]): CatchAllReach | null {
  const has = (value: bigint) => values.includes(value)
  if (has(FORWARD_ALL) || (has(FORWARD_ALL_SENDER) && has(FORWARD_ALL_RECEIVER))) return 'every-request'
  if (has(FORWARD_ALL_SENDER)) return 'sender'
  if (has(FORWARD_ALL_RECEIVER)) return 'receiver'
  return null
}

/** True when SENDER and RECEIVER reach every request without FORWARD_ALL itself: worth saying why. */
export function catchAllBySenderPlusReceiver(values: readonly bigint[]): boolean {
  return !values.includes(FORWARD_ALL) && values.includes(FORWARD_ALL_SENDER) && values.includes(FORWARD_ALL_RECEIVER)
}

/** What a party must check before it lets personal or billing data flow to a service. */
export const PERSONAL_DATA_NOTE =
  'Personal or billing data: these requests can carry driver tokens, energy use, charging locations or prices paid. Check that the provider may process them under your contracts and the GDPR.'

export type CatchAllText = {
  /** The chip on the card: short. */
  chip: string
  /** The warning's first line. */
  headline: string
  /** The warning's body: what is copied, and what is not. */
  detail: string
  /** The confirmation a party ticks before it may sign. */
  confirm: string
}

const MODULE_LIST = 'sessions, CDRs, tokens, locations, tariffs, commands and charging profiles'

export const CATCH_ALL_TEXT: Record<CatchAllReach, CatchAllText> = {
  'every-request': {
    chip: 'Every OCPI request · all modules, sender + receiver',
    headline: 'This service asks for every OCPI request your party sends.',
    detail: `Every request your party sends to any standard OCPI module (${MODULE_LIST}), to sender and receiver interfaces alike, would be copied to it, including personal and billing data. Agree only if the service really needs all of it.`,
    confirm: "I understand that this service receives a copy of every OCPI request my party sends, in every module, to sender and receiver interfaces alike.",
  },
  sender: {
    chip: 'All modules · sender',
    headline: 'This service asks for every request your party sends to a sender interface, in every OCPI module.',
    detail: `Every request to a sender interface (mostly pulls, such as GET /ocpi/sender/2.2/cdrs) in ${MODULE_LIST} would be copied to it, including personal and billing data. Requests to receiver interfaces (pushes) are copied only where a module's receiver permission is listed.`,
    confirm: 'I understand that this service receives a copy of every request my party sends to a sender interface (mostly pulls), in every OCPI module.',
  },
  receiver: {
    chip: 'All modules · receiver',
    headline: 'This service asks for every request your party sends to a receiver interface, in every OCPI module.',
    detail: `Every request to a receiver interface (mostly pushes, such as POST /ocpi/receiver/2.2/cdrs) in ${MODULE_LIST} would be copied to it, including personal and billing data. Requests to sender interfaces (pulls) are copied only where a module's sender permission is listed.`,
    confirm: 'I understand that this service receives a copy of every request my party sends to a receiver interface (mostly pushes), in every OCPI module.',
  },
}

/** Why FORWARD_ALL_SENDER with FORWARD_ALL_RECEIVER is "every request", said where both are listed without 0. */
export const SENDER_PLUS_RECEIVER_NOTE =
  'FORWARD_ALL_SENDER and FORWARD_ALL_RECEIVER together cover every request to every standard OCPI module: the same as FORWARD_ALL.'

/** ocn-node reads a permission with BigInteger.intValueExact(): from 2^31 on that throws instead of being ignored. */
const NODE_INT_LIMIT = 2n ** 31n

export type ReviewedPermission =
  | { known: true; value: bigint; count: number; permission: Permission }
  | { known: false; value: bigint; count: number; label: string; explanation: string; breaksNodes: boolean }

/**
 * Every value of a permission list, each once with how often it is listed: the known ones in catalog order, then
 * the unknown ones in the order they came, stated as unknown and never dropped.
 */
export function reviewPermissions(values: readonly bigint[]): ReviewedPermission[] {
  const counts = new Map<bigint, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  const known: ReviewedPermission[] = []
  const unknown: ReviewedPermission[] = []
  for (const [value, count] of counts) {
    const view = describePermission(value)
    if (view.known) {
      known.push({ known: true, value, count, permission: view.permission })
    } else {
      const breaksNodes = value >= NODE_INT_LIMIT
      unknown.push({
        known: false,
        value,
        count,
        label: view.label,
        breaksNodes,
        explanation: breaksNodes
          ? 'Not one of the 17 OCN permissions, and too large for OCN nodes to read: ocn-node fails on it, which may stop it forwarding anything for your party, to any service. Ask the provider to remove it.'
          : 'Not one of the 17 OCN permissions: OCN nodes ignore it, so nothing is forwarded for it. Ask the provider why it is listed.',
      })
    }
  }
  known.sort((a, b) => Number(a.value - b.value))
  return [...known, ...unknown]
}
