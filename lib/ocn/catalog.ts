import type { Translate } from '../i18n/translate'

/**
 * Role and module enums, in on-chain index order (the uint8 stored is the array index). Their words are in the
 * catalogue (`vocab.roles.*`, `vocab.modules.*`): roleLabel, moduleLabel and moduleData give them.
 */
export const ROLES = [{ key: 'CPO' }, { key: 'EMSP' }, { key: 'HUB' }, { key: 'NAP' }, { key: 'NSP' }, { key: 'OTHER' }, { key: 'SCSP' }] as const

export const MODULES = [
  { key: 'cdrs' },
  { key: 'chargingprofiles' },
  { key: 'commands' },
  { key: 'locations' },
  { key: 'sessions' },
  { key: 'tariffs' },
  { key: 'tokens' },
] as const

export type ModuleKey = (typeof MODULES)[number]['key']
export type RoleKey = (typeof ROLES)[number]['key']

/** Role values by name, so code says `ROLE.EMSP` rather than a bare 1. */
export const ROLE = { CPO: 0, EMSP: 1, HUB: 2, NAP: 3, NSP: 4, OTHER: 5, SCSP: 6 } as const satisfies Record<RoleKey, number>

/** Module values by name (the uint8 stored on chain). */
export const MODULE = {
  cdrs: 0,
  chargingprofiles: 1,
  commands: 2,
  locations: 3,
  sessions: 4,
  tariffs: 5,
  tokens: 6,
} as const satisfies Record<ModuleKey, number>

/** The 17 permission values by their OCN names (uint256 on chain, so bigint). */
export const PERMISSION = {
  FORWARD_ALL: 0n,
  FORWARD_ALL_SENDER: 1n,
  FORWARD_ALL_RECEIVER: 2n,
  FORWARD_MODULE_LOCATIONS_SENDER: 3n,
  FORWARD_MODULE_LOCATIONS_RECEIVER: 4n,
  FORWARD_MODULE_SESSIONS_SENDER: 5n,
  FORWARD_MODULE_SESSIONS_RECEIVER: 6n,
  FORWARD_MODULE_CDRS_SENDER: 7n,
  FORWARD_MODULE_CDRS_RECEIVER: 8n,
  FORWARD_MODULE_TARIFFS_SENDER: 9n,
  FORWARD_MODULE_TARIFFS_RECEIVER: 10n,
  FORWARD_MODULE_TOKENS_SENDER: 11n,
  FORWARD_MODULE_TOKENS_RECEIVER: 12n,
  FORWARD_MODULE_COMMANDS_SENDER: 13n,
  FORWARD_MODULE_COMMANDS_RECEIVER: 14n,
  FORWARD_MODULE_CHARGINGPROFILES_SENDER: 15n,
  FORWARD_MODULE_CHARGINGPROFILES_RECEIVER: 16n,
} as const

/** Modules whose OCPI objects identify drivers or carry billing data (sessions, CDRs, tokens). */
export const PERSONAL_DATA_MODULES: readonly ModuleKey[] = ['cdrs', 'sessions', 'tokens']

export type Scope = 'all' | ModuleKey
export type Direction = 'both' | 'sender' | 'receiver'

export type PermissionName = keyof typeof PERMISSION

export type Permission = {
  index: number
  name: PermissionName
  scope: Scope
  direction: Direction
  personalData: boolean
}

function permission(index: number, name: PermissionName, scope: Scope, direction: Direction): Permission {
  const personalData = scope === 'all' ? true : PERSONAL_DATA_MODULES.includes(scope)
  return { index, name, scope, direction, personalData }
}

function modulePair(first: number, key: ModuleKey): Permission[] {
  const upper = key.toUpperCase()
  return [
    permission(first, `FORWARD_MODULE_${upper}_SENDER` as PermissionName, key, 'sender'),
    permission(first + 1, `FORWARD_MODULE_${upper}_RECEIVER` as PermissionName, key, 'receiver'),
  ]
}

/** The 17 OCN permissions, indexed by their on-chain value. */
export const PERMISSIONS: readonly Permission[] = [
  permission(0, 'FORWARD_ALL', 'all', 'both'),
  permission(1, 'FORWARD_ALL_SENDER', 'all', 'sender'),
  permission(2, 'FORWARD_ALL_RECEIVER', 'all', 'receiver'),
  ...modulePair(3, 'locations'),
  ...modulePair(5, 'sessions'),
  ...modulePair(7, 'cdrs'),
  ...modulePair(9, 'tariffs'),
  ...modulePair(11, 'tokens'),
  ...modulePair(13, 'commands'),
  ...modulePair(15, 'chargingprofiles'),
]

export type PermissionView = { known: true; permission: Permission } | { known: false; value: bigint }

/** Values are not range-checked on chain, so anything outside 0-16 is shown as unknown, never guessed. */
export function describePermission(value: bigint): PermissionView {
  if (value >= 0n && value < BigInt(PERMISSIONS.length)) {
    return { known: true, permission: PERMISSIONS[Number(value)] }
  }
  return { known: false, value }
}

/** "CDRs · receiver", "All OCPI modules". */
export function permissionLabel(permission: Permission, t: Translate): string {
  return t(`vocab.permissions.${permission.name}.label`)
}

/** What the node copies to the service for this permission, and from which interfaces. */
export function permissionExplanation(permission: Permission, t: Translate): string {
  return t(`vocab.permissions.${permission.name}.explanation`)
}

/** A value's label, known or not ("Unknown permission #17": the number in full, never grouped). */
export function permissionValueLabel(value: bigint, t: Translate): string {
  const view = describePermission(value)
  return view.known ? permissionLabel(view.permission, t) : t('vocab.unknownPermission', { value: value.toString() })
}

export function roleLabel(value: number, t: Translate): string {
  const role = ROLES[value]
  return role ? t(`vocab.roles.${role.key}`) : t('vocab.unknownRole', { value: String(value) })
}

export function roleKey(value: number): string {
  return ROLES[value]?.key ?? `#${value}`
}

/** A module by its on-chain value or its key: "Charging profiles". */
export function moduleLabel(value: number | ModuleKey, t: Translate): string {
  const key = typeof value === 'number' ? MODULES[value]?.key : value
  return key ? t(`vocab.modules.${key}.label`) : t('vocab.unknownModule', { value: String(value) })
}

/** What data a module carries, in a few words. */
export function moduleData(key: ModuleKey, t: Translate): string {
  return t(`vocab.modules.${key}.data`)
}

/** "All OCPI modules" for the catch-alls, else the module's label. */
export function scopeLabel(scope: Scope, t: Translate): string {
  return scope === 'all' ? t('vocab.allModules') : moduleLabel(scope, t)
}

/** "sender", "receiver", or "sender + receiver" when a list covers both. */
export function directionsLabel(directions: readonly Exclude<Direction, 'both'>[], t: Translate): string {
  return t(`vocab.directions.${directions.length === 2 ? 'both' : directions[0]}`)
}

/** The known permissions among on-chain values, once each, in catalog order; unknown values are left out. */
export function knownPermissions(values: readonly bigint[]): Permission[] {
  const known = new Map<number, Permission>()
  for (const value of values) {
    const view = describePermission(value)
    if (view.known) known.set(view.permission.index, view.permission)
  }
  return [...known.values()].sort((a, b) => a.index - b.index)
}

/** The values the catalog does not know, once each, in the order they came. */
export function unknownPermissionValues(values: readonly bigint[]): bigint[] {
  return [...new Set(values)].filter((value) => !describePermission(value).known)
}
