import { describePermission, MODULES, moduleLabel, ROLES, roleKey, scopeLabel } from '../ocn/catalog'
import { cleanText } from '../ocn/untrusted'
import type { Translate } from '../i18n/translate'
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

// A placeholder no catalogue message and no translator output contains: where a value goes in a translated sentence.
const SLOT = /\u0000(\d+)\u0000/
type LineKey = Parameters<Translate>[0] & `history.line.${string}`

/**
 * One translated sentence with on-chain values in it, as pieces: the translator only ever sees placeholders, so
 * the language decides where a value goes (German word order differs) and the value itself never becomes our text.
 */
function sentence(t: Translate, key: LineKey, values: Record<string, TimelinePiece> = {}): TimelinePiece[] {
  const names = Object.keys(values)
  const slots = Object.fromEntries(names.map((name, i) => [name, `\u0000${i}\u0000`]))
  const parts = (t as (key: string, values: Record<string, string>) => string)(key, slots).split(SLOT)
  // split with a capturing group: text, slot index, text, slot index, ..., text
  return parts.flatMap((part, i) => (i % 2 === 1 ? [values[names[Number(part)]]] : part ? [text(part)] : []))
}

/** A permission as a timeline names it: "Sessions (receiver)", "All OCPI modules", "Unknown permission #99". */
export function permissionName(value: string, t: Translate): { label: string; personal: boolean; title?: string } {
  // The indexer sends decimal strings; anything else is a value no permission has.
  if (!/^\d{1,78}$/.test(value)) return { label: t('history.permission.unknownValue'), personal: false }
  const view = describePermission(BigInt(value))
  // Anyone can store a 78-digit value: cut like the service page's chips, the whole value kept for a title.
  if (!view.known) {
    const digits = cleanText(value, UNKNOWN_DIGITS)
    return { label: t('vocab.unknownPermission', { value: digits.text }), personal: false, ...(digits.truncated ? { title: t('vocab.unknownPermission', { value }) } : {}) }
  }
  const { scope, direction, personalData } = view.permission
  const what = scopeLabel(scope, t)
  return { label: direction === 'both' ? what : t('history.permission.directed', { module: what, direction: t(`vocab.directions.${direction}`) }), personal: personalData }
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

function listedLine(kind: 'listed' | 'relisted', permissions: ActivityItem['details']['permissions'], t: Translate): TimelineLine {
  const values = Array.isArray(permissions) ? permissions : []
  const count = new Set(values).size
  const head =
    values.length >= KEPT_LIST_VALUES ? t('history.line.listedCut', { kind, count, kept: KEPT_LIST_VALUES }) : t('history.line.listed', { kind, count })
  return { pieces: [text(head)], permissions: permissionListRows(values, t) }
}

function changeLine(key: LineKey, change: Change<string> | string | undefined, t: Translate, max = 60): TimelineLine | null {
  if (!isChange(change)) return null
  return { pieces: sentence(t, key, { from: untrusted(change.from, max), to: untrusted(change.to, max) }) }
}

/** Roles and modules travel as their keys ("EMSP", "cdrs"), or as numbers where no key exists on this side. */
type EnumNames = { byKey: (key: string, t: Translate) => string | undefined; byIndex: (index: number, t: Translate) => string }

const ROLE_NAMES: EnumNames = { byKey: (key) => ROLES.find((role) => role.key === key)?.key, byIndex: (index) => roleKey(index) }
const MODULE_NAMES: EnumNames = {
  byKey: (key, t) => {
    const known = MODULES.find((m) => m.key === key)
    return known && moduleLabel(known.key, t)
  },
  // Unknown indexes too: the vocabulary names them "Unknown module #9".
  byIndex: (index, t) => moduleLabel(index, t),
}

function enumName(value: string, names: EnumNames, t: Translate): TimelinePiece {
  const known = names.byKey(value, t)
  if (known) return text(known)
  return /^\d{1,3}$/.test(value) ? text(names.byIndex(Number(value), t)) : untrusted(value, 20)
}

function listChangeLine(key: LineKey, change: ListChange | undefined, name: EnumNames, listing: boolean, t: Translate): TimelineLine | null {
  if (!change || (change.added.length === 0 && change.removed.length === 0)) return null
  const pieces: TimelinePiece[] = [text(t(key))]
  // On a listing everything is new: the values are listed without the signs of a change.
  change.added.forEach((value, i) => pieces.push(text(listing ? (i ? ', ' : ' ') : ' + '), enumName(value, name, t)))
  for (const value of change.removed) pieces.push(text(' − '), enumName(value, name, t))
  return { pieces }
}

function partyLines(item: ActivityItem, listing: boolean, t: Translate): TimelineLine[] {
  const { details } = item
  const node = isChange(details.node) ? details.node : null
  const lines = [
    listing ? null : changeLine('history.line.credentialsChanged', details.credentials, t),
    listChangeLine('history.line.roles', details.roles, ROLE_NAMES, listing, t),
    listChangeLine('history.line.sender', details.modulesSender, MODULE_NAMES, listing, t),
    listChangeLine('history.line.receiver', details.modulesReceiver, MODULE_NAMES, listing, t),
    node && listing ? { pieces: sentence(t, 'history.line.nodeOperator', { operator: untrusted(node.to, 42) }) } : null,
    node && !listing ? changeLine('history.line.nodeChanged', node, t, 42) : null,
  ]
  return lines.filter((line): line is TimelineLine => line !== null)
}

function credentialsNow(item: ActivityItem): string | null {
  const { credentials } = item.details
  if (typeof credentials === 'string') return credentials
  return isChange(credentials) ? credentials.to : null
}

function agreementLine(item: ActivityItem, verb: 'agreed' | 'revoked', names: PartyNames, context: TimelineContext, t: Translate): TimelineLine {
  const user = item.subject ? party(item.subject, names) : text(t('history.line.aParty'))
  const provider = item.provider
  const other = context.page === 'party' && provider && provider.toLowerCase() !== context.self.toLowerCase()
  const pieces = other
    ? sentence(t, verb === 'agreed' ? 'history.line.agreedTo' : 'history.line.revokedWith', { user, provider: party(provider, names) })
    : sentence(t, verb === 'agreed' ? 'history.line.agreed' : 'history.line.revoked', { user })
  const permissions = Array.isArray(item.details.permissions) ? item.details.permissions : null
  return verb === 'agreed' && permissions ? { pieces, permissions: permissionListRows(permissions, t) } : { pieces }
}

function ownershipLine(item: ActivityItem, names: PartyNames, t: Translate): TimelineLine {
  const { previousOwner, newOwner } = item.details
  const from = previousOwner ? party(previousOwner, names) : null
  const to = newOwner ? party(newOwner, names) : null
  if (from && to) return { pieces: sentence(t, 'history.line.ownershipFromTo', { from, to }) }
  if (from) return { pieces: sentence(t, 'history.line.ownershipFrom', { from }) }
  if (to) return { pieces: sentence(t, 'history.line.ownershipTo', { to }) }
  return { pieces: [text(t('history.line.ownership'))] }
}

const line = (t: Translate, key: LineKey): TimelineLine => ({ pieces: [text(t(key))] })

/** The lines one timeline row shows: a headline, then what changed. */
export function describeActivity(item: ActivityItem, names: PartyNames, context: TimelineContext, t: Translate): TimelineLine[] {
  const { details } = item
  switch (item.kind) {
    case 'service-listed':
      return [listedLine('listed', details.permissions, t), ...serviceNameLines(item, t)]
    case 'service-relisted':
      return [listedLine('relisted', details.permissions, t), ...serviceNameLines(item, t)]
    case 'service-changed': {
      const lines = [
        changeLine('history.line.renamed', details.name, t),
        changeLine('history.line.urlChanged', details.url, t),
        details.permissions && !Array.isArray(details.permissions) && (details.permissions.added.length || details.permissions.removed.length)
          ? { pieces: [text(t('history.line.permissionsChanged'))], permissions: permissionDiffRows(details.permissions, t) }
          : null,
      ].filter((line): line is TimelineLine => line !== null)
      return lines.length ? lines : [line(t, 'history.line.listingSavedAgain')]
    }
    case 'service-withdrawn':
      return [line(t, 'history.line.withdrawn')]
    case 'agreement-created':
      return [agreementLine(item, 'agreed', names, context, t)]
    case 'agreement-revoked':
      return [agreementLine(item, 'revoked', names, context, t)]
    case 'party-listed': {
      const credentials = credentialsNow(item)
      const head = credentials === null ? line(t, 'history.line.partyListed') : { pieces: sentence(t, 'history.line.partyListedAs', { credentials: untrusted(credentials, 20) }) }
      return [head, ...partyLines(item, true, t)]
    }
    case 'party-changed': {
      const lines = partyLines(item, false, t)
      return lines.length ? [line(t, 'history.line.partyChanged'), ...lines] : [line(t, 'history.line.partySavedAgain')]
    }
    case 'party-deleted':
      return [
        typeof details.credentials === 'string'
          ? { pieces: sentence(t, 'history.line.partyDeletedWas', { credentials: untrusted(details.credentials, 20) }) }
          : line(t, 'history.line.partyDeleted'),
      ]
    case 'node-listed': {
      const domain = typeof details.domain === 'string' ? details.domain : isChange(details.domain) ? details.domain.to : ''
      return [{ pieces: sentence(t, 'history.line.nodeListed', { domain: untrusted(domain, 80) }) }]
    }
    case 'node-changed':
      return [changeLine('history.line.nodeUrlChanged', details.domain, t) ?? line(t, 'history.line.nodeSavedAgain')]
    case 'node-deleted':
      return [line(t, 'history.line.nodeDeleted')]
    case 'ownership-transferred':
      return [ownershipLine(item, names, t)]
  }
}

/** A listing's name and URL, when the event carries them (they are on-chain text). */
function serviceNameLines(item: ActivityItem, t: Translate): TimelineLine[] {
  const { name, url } = item.details
  const lines: TimelineLine[] = []
  const current = (value: Change<string> | string | undefined) => (isChange(value) ? value.to : value)
  const nameNow = current(name)
  const urlNow = current(url)
  if (nameNow !== undefined) lines.push({ pieces: sentence(t, 'history.line.name', { name: untrusted(nameNow, 80) }) })
  if (urlNow !== undefined) lines.push({ pieces: sentence(t, 'history.line.url', { url: untrusted(urlNow, 80) }) })
  return lines
}

/** The plain text of a row's lines (untrusted values as they are), for titles, tests and CSV-like uses. */
export function timelinePlainText(lines: readonly TimelineLine[], t: Translate): string {
  return lines
    .map(({ pieces, permissions }) => {
      const head = pieces.map((p) => (p.kind === 'text' ? p.text : p.kind === 'untrusted' ? p.value : (p.credentials ?? p.address))).join('')
      const rows = (permissions ?? []).map((row) => `${row.change === 'added' ? '+ ' : row.change === 'removed' ? '− ' : ''}${row.label}${row.personal ? ` ${t('history.line.personalSuffix')}` : ''}`)
      return [head, ...rows].join(' ')
    })
    .join('; ')
}
