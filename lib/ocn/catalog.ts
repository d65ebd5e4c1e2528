/** Role and module enums, in on-chain index order (the uint8 stored is the array index). */
export const ROLES = [
  { key: 'CPO', label: 'Charge point operator' },
  { key: 'EMSP', label: 'e-Mobility service provider' },
  { key: 'HUB', label: 'Roaming hub' },
  { key: 'NAP', label: 'National access point' },
  { key: 'NSP', label: 'Navigation service provider' },
  { key: 'OTHER', label: 'Other' },
  { key: 'SCSP', label: 'Smart charging service provider' },
] as const

export const MODULES = [
  { key: 'cdrs', label: 'CDRs', data: 'charge detail records: what was charged, when, where and at what price' },
  { key: 'chargingprofiles', label: 'Charging profiles', data: 'smart charging limits set on running sessions' },
  { key: 'commands', label: 'Commands', data: 'remote start/stop, reservations and unlock requests' },
  { key: 'locations', label: 'Locations', data: 'charging stations, their connectors and live availability' },
  { key: 'sessions', label: 'Sessions', data: 'charging sessions in progress, with energy used and driver token' },
  { key: 'tariffs', label: 'Tariffs', data: 'prices and price components per connector' },
  { key: 'tokens', label: 'Tokens', data: 'driver RFID cards and app tokens, and their authorisations' },
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

export type Permission = {
  index: number
  name: string
  scope: Scope
  direction: Direction
  label: string
  explanation: string
  personalData: boolean
}

const DIRECTION_TEXT: Record<Direction, string> = {
  both: 'sender and receiver interfaces alike',
  sender: 'sender interfaces (mostly pulls, e.g. GET /ocpi/sender/2.2/…)',
  receiver: 'receiver interfaces (mostly pushes, e.g. POST or PUT /ocpi/receiver/2.2/…)',
}

function permission(index: number, name: string, scope: Scope, direction: Direction): Permission {
  const ocpiModule = MODULES.find((m) => m.key === scope)
  const what = ocpiModule ? ocpiModule.label : 'All OCPI modules'
  const label = direction === 'both' ? what : `${what} · ${direction}`
  const explanation = ocpiModule
    ? `Your OCN node sends the service a copy of every ${ocpiModule.label} request you send to ${DIRECTION_TEXT[direction]}.`
    : `Your OCN node sends the service a copy of every request you send to any standard OCPI module, to ${DIRECTION_TEXT[direction]}.`
  const personalData = ocpiModule ? PERSONAL_DATA_MODULES.includes(ocpiModule.key) : true
  return { index, name, scope, direction, label, explanation, personalData }
}

function modulePair(first: number, key: ModuleKey): Permission[] {
  const upper = key.toUpperCase()
  return [
    permission(first, `FORWARD_MODULE_${upper}_SENDER`, key, 'sender'),
    permission(first + 1, `FORWARD_MODULE_${upper}_RECEIVER`, key, 'receiver'),
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

export type PermissionView = { known: true; permission: Permission } | { known: false; value: bigint; label: string }

/** Values are not range-checked on chain, so anything outside 0-16 is shown as unknown, never guessed. */
export function describePermission(value: bigint): PermissionView {
  if (value >= 0n && value < BigInt(PERMISSIONS.length)) {
    return { known: true, permission: PERMISSIONS[Number(value)] }
  }
  return { known: false, value, label: `Unknown permission #${value}` }
}

export function roleLabel(value: number): string {
  return ROLES[value]?.label ?? `Unknown role #${value}`
}

export function roleKey(value: number): string {
  return ROLES[value]?.key ?? `#${value}`
}

export function moduleLabel(value: number): string {
  return MODULES[value]?.label ?? `Unknown module #${value}`
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
