import type { Translate } from '../i18n/translate'
import { describePermission, MODULES, moduleLabel, ROLES, roleKey, scopeLabel } from '../ocn/catalog'
import { cleanText } from '../ocn/untrusted'
import type { ActivityItem, Change, Hex, ListChange } from './types'

/**
 * Timeline rows in plain language. Everything taken from the chain (names, URLs, domains, credentials, unknown
 * role or module values) stays a separate `untrusted` piece, so the components render it through the inert text
 * components and never as markup or as part of a sentence they trust.
 */
export type TimelinePiece =
  | { kind: 'text'; text: string }
  | { kind: 'untrusted'; value: string; max: number }
  /** A party or address: its credentials from the current snapshot where it is listed, else its address. */
  | { kind: 'party'; address: Hex; credentials: string | null }

export type PermissionRow = {
  /** The value on chain, as a decimal string. */
  value: string
  label: string
  personal: boolean
  /** The whole name where the label is cut (an unknown value of up to 78 digits). */
  title?: string
  change: 'added' | 'removed' | 'kept'
}

/** Digits of an unknown permission value a row shows, as the service page's chips do. */
const UNKNOWN_DIGITS = 12

export type TimelineLine = { pieces: TimelinePiece[]; permissions?: PermissionRow[] }

/** Which page a row sits on: agreements read "DE*MSP agreed" on a service and name the other side on a party. */
export type TimelineContext = { page: 'service' } | { page: 'party'; self: Hex }

/** Lower-cased address -> credentials ("DE*MSP") of the parties listed now. */
export type PartyNames = Record<string, string>

const text = (value: string): TimelinePiece => ({ kind: 'text', text: value })
const untrusted = (value: string, max = 60): TimelinePiece => ({ kind: 'untrusted', value, max })

function party(address: Hex, names: PartyNames): TimelinePiece {
  return { kind: 'party', address, credentials: names[address.toLowerCase()] ?? null }
}

function isChange<T>(value: Change<T> | T | undefined): value is Change<T> {
  return typeof value === 'object' && value !== null && 'from' in value && 'to' in value
}

/** A permission as a timeline names it: "Sessions (receiver)", "All OCPI modules", "Unknown permission #99". */
export function permissionName(value: string, t: Translate): { label: string; personal: boolean; title?: string } {
  // The indexer sends decimal strings; anything else is a value no permission has.
  if (!/^\d{1,78}$/.test(value)) return { label: 'Unknown permission value', personal: false }
  const view = describePermission(BigInt(value))
  // Anyone can store a 78-digit value: cut like the service page's chips, the whole value kept for a title.
  if (!view.known) {
    const digits = cleanText(value, UNKNOWN_DIGITS)
    return { label: `Unknown permission #${digits.text}`, personal: false, ...(digits.truncated ? { title: `Unknown permission #${value}` } : {}) }
  }
  const { scope, direction, personalData } = view.permission
  const what = scopeLabel(scope, t)
  return { label: direction === 'both' ? what : `${what} (${t(`vocab.directions.${direction}`)})`, personal: personalData }
}

function safeBigInt(value: string): bigint {
  return /^\d{1,78}$/.test(value) ? BigInt(value) : -1n
}

function sortedUnique(values: readonly string[]): string[] {
  return [...new Set(values)].sort((a, b) => {
    const x = safeBigInt(a)
    const y = safeBigInt(b)
    return x < y ? -1 : x > y ? 1 : 0
  })
}

/** A diff's rows: added first, then removed, each in permission order, once per value. */
export function permissionDiffRows(diff: ListChange, t: Translate): PermissionRow[] {
  const rows = (values: string[], change: 'added' | 'removed') => sortedUnique(values).map((value) => ({ value, change, ...permissionName(value, t) }))
  return [...rows(diff.added, 'added'), ...rows(diff.removed, 'removed')]
}

function permissionListRows(values: readonly string[], t: Translate): PermissionRow[] {
  return sortedUnique(values).map((value) => ({ value, change: 'kept' as const, ...permissionName(value, t) }))
}

/**
 * The most values the indexer keeps of one list (MAX_LIST in lib/history/decode.ts, not imported: that module
 * carries the contracts' ABI): a list this long may have been cut, so its count is a lower bound.
 */
export const KEPT_LIST_VALUES = 100

function countPermissions(values: readonly string[]): string {
  const count = new Set(values).size
  if (values.length >= KEPT_LIST_VALUES) return `${count} or more permission values (the first ${KEPT_LIST_VALUES} kept)`
  return `${count} permission${count === 1 ? '' : 's'}`
}

function listedLine(verb: string, permissions: ActivityItem['details']['permissions'], t: Translate): TimelineLine {
  const values = Array.isArray(permissions) ? permissions : []
  return { pieces: [text(`${verb} with ${countPermissions(values)}`)], permissions: permissionListRows(values, t) }
}

function changeLine(label: string, change: Change<string> | string | undefined): TimelineLine | null {
  if (!isChange(change)) return null
  return { pieces: [text(`${label} from `), untrusted(change.from), text(' to '), untrusted(change.to)] }
}

/** Roles and modules travel as their keys ("EMSP", "cdrs"), or as numbers where no key exists on this side. */
type EnumNames = { byKey: (key: string) => string | undefined; byIndex: (index: number) => string }

const ROLE_NAMES: EnumNames = { byKey: (key) => ROLES.find((role) => role.key === key)?.key, byIndex: roleKey }
const moduleNames = (t: Translate): EnumNames => ({
  byKey: (key) => {
    const known = MODULES.find((m) => m.key === key)
    return known && moduleLabel(known.key, t)
  },
  byIndex: (index) => moduleLabel(index, t),
})

function enumName(value: string, names: EnumNames): TimelinePiece {
  const known = names.byKey(value)
  if (known) return text(known)
  return /^\d{1,3}$/.test(value) ? text(names.byIndex(Number(value))) : untrusted(value, 20)
}

function listChangeLine(label: string, change: ListChange | undefined, name: EnumNames, listing: boolean): TimelineLine | null {
  if (!change || (change.added.length === 0 && change.removed.length === 0)) return null
  const pieces: TimelinePiece[] = [text(`${label}:`)]
  // On a listing everything is new: the values are listed without the signs of a change.
  change.added.forEach((value, i) => pieces.push(text(listing ? (i ? ', ' : ' ') : ' + '), enumName(value, name)))
  for (const value of change.removed) pieces.push(text(' − '), enumName(value, name))
  return { pieces }
}

function partyLines(item: ActivityItem, listing: boolean, t: Translate): TimelineLine[] {
  const { details } = item
  const node = isChange(details.node) ? details.node : null
  const lines = [
    listing ? null : changeLine('Credentials changed', details.credentials),
    listChangeLine('Roles', details.roles, ROLE_NAMES, listing),
    listChangeLine('Sender modules', details.modulesSender, moduleNames(t), listing),
    listChangeLine('Receiver modules', details.modulesReceiver, moduleNames(t), listing),
    node && listing ? { pieces: [text('Node operator '), untrusted(node.to, 42)] } : null,
    node && !listing ? { pieces: [text('Node changed from '), untrusted(node.from, 42), text(' to '), untrusted(node.to, 42)] } : null,
  ]
  return lines.filter((line): line is TimelineLine => line !== null)
}

function credentialsOf(item: ActivityItem): TimelinePiece[] {
  const { credentials } = item.details
  if (typeof credentials === 'string') return [text(' as '), untrusted(credentials, 20)]
  if (isChange(credentials)) return [text(' as '), untrusted(credentials.to, 20)]
  return []
}

function agreementLine(item: ActivityItem, verb: 'agreed' | 'revoked', names: PartyNames, context: TimelineContext, t: Translate): TimelineLine {
  const user = item.subject ? party(item.subject, names) : text('A party')
  const pieces: TimelinePiece[] = [user, text(` ${verb}`)]
  const provider = item.provider
  if (context.page === 'party' && provider && provider.toLowerCase() !== context.self.toLowerCase()) {
    pieces.push(text(verb === 'agreed' ? ' to the service of ' : ' its agreement with the service of '), party(provider, names))
  }
  const permissions = Array.isArray(item.details.permissions) ? item.details.permissions : null
  return verb === 'agreed' && permissions ? { pieces, permissions: permissionListRows(permissions, t) } : { pieces }
}

/** The lines one timeline row shows: a headline, then what changed. */
export function describeActivity(item: ActivityItem, names: PartyNames, context: TimelineContext, t: Translate): TimelineLine[] {
  const { details } = item
  switch (item.kind) {
    case 'service-listed':
      return [listedLine('Listed', details.permissions, t), ...serviceNameLines(item)]
    case 'service-relisted':
      return [listedLine('Re-listed', details.permissions, t), ...serviceNameLines(item)]
    case 'service-changed': {
      const lines = [
        changeLine('Renamed', details.name),
        changeLine('URL changed', details.url),
        details.permissions && !Array.isArray(details.permissions) && (details.permissions.added.length || details.permissions.removed.length)
          ? { pieces: [text('Permissions changed:')], permissions: permissionDiffRows(details.permissions, t) }
          : null,
      ].filter((line): line is TimelineLine => line !== null)
      return lines.length ? lines : [{ pieces: [text('Listing saved again without a change')] }]
    }
    case 'service-withdrawn':
      return [{ pieces: [text('Withdrawn: the service is no longer listed')] }]
    case 'agreement-created':
      return [agreementLine(item, 'agreed', names, context, t)]
    case 'agreement-revoked':
      return [agreementLine(item, 'revoked', names, context, t)]
    case 'party-listed':
      return [{ pieces: [text('Party listed'), ...credentialsOf(item)] }, ...partyLines(item, true, t)]
    case 'party-changed': {
      const lines = partyLines(item, false, t)
      return lines.length ? [{ pieces: [text('Party changed')] }, ...lines] : [{ pieces: [text('Party saved again without a change')] }]
    }
    case 'party-deleted':
      return [{ pieces: [text('Party deleted'), ...(typeof details.credentials === 'string' ? [text(' (was '), untrusted(details.credentials, 20), text(')')] : [])] }]
    case 'node-listed':
      return [{ pieces: [text('Node listed at '), untrusted(typeof details.domain === 'string' ? details.domain : isChange(details.domain) ? details.domain.to : '', 80)] }]
    case 'node-changed':
      return [changeLine('Node URL changed', details.domain) ?? { pieces: [text('Node saved again without a change')] }]
    case 'node-deleted':
      return [{ pieces: [text('Node deleted')] }]
    case 'ownership-transferred':
      return [
        {
          pieces: [
            text('Registry ownership transferred'),
            ...(details.previousOwner ? [text(' from '), party(details.previousOwner, names)] : []),
            ...(details.newOwner ? [text(' to '), party(details.newOwner, names)] : []),
          ],
        },
      ]
  }
}

/** A listing's name and URL, when the event carries them (they are on-chain text). */
function serviceNameLines(item: ActivityItem): TimelineLine[] {
  const { name, url } = item.details
  const lines: TimelineLine[] = []
  const current = (value: Change<string> | string | undefined) => (isChange(value) ? value.to : value)
  const nameNow = current(name)
  const urlNow = current(url)
  if (nameNow !== undefined) lines.push({ pieces: [text('Name: '), untrusted(nameNow, 80)] })
  if (urlNow !== undefined) lines.push({ pieces: [text('URL: '), untrusted(urlNow, 80)] })
  return lines
}

/** The plain text of a row's lines (untrusted values as they are), for titles, tests and CSV-like uses. */
export function timelinePlainText(lines: readonly TimelineLine[]): string {
  return lines
    .map(({ pieces, permissions }) => {
      const head = pieces.map((p) => (p.kind === 'text' ? p.text : p.kind === 'untrusted' ? p.value : (p.credentials ?? p.address))).join('')
      const rows = (permissions ?? []).map((row) => `${row.change === 'added' ? '+ ' : row.change === 'removed' ? '− ' : ''}${row.label}${row.personal ? ' (personal data)' : ''}`)
      return [head, ...rows].join(' ')
    })
    .join('; ')
}
