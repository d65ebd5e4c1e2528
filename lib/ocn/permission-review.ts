import type { Translate } from '../i18n/translate'
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

const REACH_KEY = { 'every-request': 'everyRequest', sender: 'sender', receiver: 'receiver' } as const

export function catchAllText(reach: CatchAllReach, t: Translate): CatchAllText {
  const key = REACH_KEY[reach]
  return {
    chip: t(`vocab.catchAll.${key}.chip`),
    headline: t(`vocab.catchAll.${key}.headline`),
    detail: t(`vocab.catchAll.${key}.detail`),
    confirm: t(`vocab.catchAll.${key}.confirm`),
  }
}

/** ocn-node reads a permission with BigInteger.intValueExact(): from 2^31 on that throws instead of being ignored. */
const NODE_INT_LIMIT = 2n ** 31n

export type ReviewedPermission =
  | { known: true; value: bigint; count: number; permission: Permission }
  | { known: false; value: bigint; count: number; breaksNodes: boolean }

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
      unknown.push({ known: false, value, count, breaksNodes: value >= NODE_INT_LIMIT })
    }
  }
  known.sort((a, b) => Number(a.value - b.value))
  return [...known, ...unknown]
}

/** Why an unknown value matters: ignored by nodes, or (from 2^31 on) breaking them. */
export function unknownPermissionExplanation(entry: { breaksNodes: boolean }, t: Translate): string {
  return t(entry.breaksNodes ? 'vocab.unknownPermissionBreaksNodes' : 'vocab.unknownPermissionIgnored')
}
