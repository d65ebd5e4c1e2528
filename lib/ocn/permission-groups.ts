import type { Translate } from '../i18n/translate'
import { type Direction, directionsLabel, knownPermissions, type Permission, PERMISSIONS, type Scope, scopeLabel, unknownPermissionValues } from './catalog'
import { boundedMemo } from '../memo/bounded'
import { catchAllReach, type CatchAllReach, catchAllText } from './permission-review'

export type PermissionGroup = {
  scope: Scope
  directions: Exclude<Direction, 'both'>[]
  /** How far the catch-alls reach, for the 'all' group; null for a module. */
  reach: CatchAllReach | null
  personalData: boolean
  permissions: Permission[]
}

export type GroupedPermissions = { groups: PermissionGroup[]; unknown: bigint[] }

const SCOPE_ORDER: Scope[] = [...new Set(PERMISSIONS.map((p) => p.scope))]

/** Lists longer than this (hostile ones list hundreds) are grouped every time rather than kept under long keys. */
const MEMO_MAX_VALUES = 32
/** Distinct permission lists remembered; the chain may hold more, which are then grouped again. */
const memo = boundedMemo<string, GroupedPermissions>(256)

/**
 * Folds a service's permission list into one entry per OCPI module with the directions it covers, in catalog
 * order; duplicates collapse, and values the catalog does not know are kept apart, never guessed.
 */
export function groupPermissions(values: readonly bigint[]): Readonly<GroupedPermissions> {
  // Services share a few permission lists, and a catalog page groups 24 of them per request: each list is grouped once.
  return values.length > MEMO_MAX_VALUES ? group(values) : memo.get(values.join(','), () => group(values))
}

function group(values: readonly bigint[]): GroupedPermissions {
  const known = knownPermissions(values)
  const groups: PermissionGroup[] = []
  for (const scope of SCOPE_ORDER) {
    const permissions = known.filter((p) => p.scope === scope)
    if (permissions.length === 0) continue
    const covered = new Set(permissions.flatMap((p) => (p.direction === 'both' ? ['sender', 'receiver'] as const : [p.direction])))
    const directions = (['sender', 'receiver'] as const).filter((d) => covered.has(d))
    const reach = scope === 'all' ? catchAllReach(values) : null
    groups.push({ scope, directions, reach, personalData: permissions.some((p) => p.personalData), permissions })
  }
  return { groups, unknown: unknownPermissionValues(values) }
}

/** The chip: "CDRs · receiver"; catch-alls say how far they reach ("All modules · sender"). Groups are cached, their words are not. */
export function groupText(group: PermissionGroup, t: Translate): string {
  if (group.reach) return catchAllText(group.reach, t).chip
  return t('vocab.chip', { scope: scopeLabel(group.scope, t), directions: directionsLabel(group.directions, t) })
}
