/**
 * Pure decoding for the indexer (indexer/src): what each contract event means for the history API
 * (lib/history/types.ts). Nothing here reads the chain; the handlers pass in what they read.
 */
import { type Abi, type AbiFunction, getAbiItem, toFunctionSelector } from 'viem'
import { permissionsAbi } from '../ocn/abi'
import { MODULES, ROLES } from '../ocn/catalog'
import { decodeFixedText, formatCredentials } from '../ocn/codecs'
import type { ActivityDetails, ActivityKind, Change, Hex, ListChange } from './types'

// Ponder's checkpoint (and event id) layout: 10 digits of block timestamp, 16 of chain id, 16 of block number, then
// the position inside the block. Both sort in chain order as strings.
const TIMESTAMP_DIGITS = 10
const CHAIN_ID_DIGITS = 16
const BLOCK_DIGITS = 16
const CHECKPOINT = /^\d{75}$/

/** The block and its time a Ponder checkpoint stands for; null for anything that is not one. */
export function decodeCheckpoint(checkpoint: string): { block: bigint; time: number } | null {
  if (!CHECKPOINT.test(checkpoint)) return null
  const blockStart = TIMESTAMP_DIGITS + CHAIN_ID_DIGITS
  return {
    time: Number(checkpoint.slice(0, TIMESTAMP_DIGITS)),
    block: BigInt(checkpoint.slice(blockStart, blockStart + BLOCK_DIGITS)),
  }
}

/** A paging cursor (an event id): a checkpoint, so nothing else reaches a query. */
export function isEventId(value: string): boolean {
  return CHECKPOINT.test(value)
}

/** The on-chain state an event changes, kept by the indexer only to tell what each event did. */
export type PartyState = {
  countryCode: Hex
  partyId: Hex
  roles: readonly number[]
  modulesSender: readonly number[]
  modulesReceiver: readonly number[]
  operator: Hex
}

export type ServiceState = { name: string; url: string; permissions: readonly string[]; withdrawn: boolean }

export type Decoded = { kind: ActivityKind; details: ActivityDetails }

const ZERO_ADDRESS: Hex = '0x0000000000000000000000000000000000000000'

/** Members of `next` not in `prev`, and the reverse, each in ascending order (numbers by value). */
export function listChange(prev: readonly string[], next: readonly string[]): ListChange | null {
  const order = (a: string, b: string) => (/^\d+$/.test(a) && /^\d+$/.test(b) ? Number(BigInt(a) - BigInt(b)) : a.localeCompare(b))
  const before = new Set(prev)
  const after = new Set(next)
  const added = [...after].filter((x) => !before.has(x)).sort(order)
  const removed = [...before].filter((x) => !after.has(x)).sort(order)
  return added.length || removed.length ? { added, removed } : null
}

function change<T>(from: T, to: T): Change<T> | null {
  return from === to ? null : { from, to }
}

/** Keeps only the parts of a details object that say something. */
function present(details: Record<string, unknown>): ActivityDetails {
  return Object.fromEntries(Object.entries(details).filter(([, value]) => value !== null && value !== undefined)) as ActivityDetails
}

// ----- nodes -----

/** OperatorUpdate: deleteNode emits an empty domain; anything else lists or moves the node. */
export function decodeNodeUpdate(prevDomain: string | null, domain: string): Decoded {
  if (domain === '') return { kind: 'node-deleted', details: present({ domain: prevDomain || undefined }) }
  if (!prevDomain) return { kind: 'node-listed', details: { domain } }
  return { kind: 'node-changed', details: present({ domain: change(prevDomain, domain) }) }
}

// ----- parties -----

const roleName = (value: number) => ROLES[value]?.key ?? String(value)
const moduleName = (value: number) => MODULES[value]?.key ?? String(value)

export function credentialsOf(party: Pick<PartyState, 'countryCode' | 'partyId'>): string {
  return formatCredentials({ countryCode: decodeFixedText(party.countryCode), partyId: decodeFixedText(party.partyId) })
}

/** deleteParty leaves the address with operator 0x0 (spec §6). */
export function isPartyDeleted(party: PartyState): boolean {
  return party.operator.toLowerCase() === ZERO_ADDRESS
}

/**
 * PartyUpdate against the party's state before it (`prev`: before the transaction, so that setParty, which wipes
 * the modules, followed by setPartyModules in the same transaction reads as the one change the user made).
 */
export function decodePartyUpdate(prev: PartyState | null, next: PartyState): Decoded {
  if (isPartyDeleted(next)) {
    return { kind: 'party-deleted', details: present({ credentials: prev && !isPartyDeleted(prev) ? credentialsOf(prev) : undefined }) }
  }
  const listed = prev === null || isPartyDeleted(prev)
  const base: PartyState = listed
    ? { countryCode: next.countryCode, partyId: next.partyId, roles: [], modulesSender: [], modulesReceiver: [], operator: ZERO_ADDRESS }
    : prev
  const details = present({
    credentials: listed ? credentialsOf(next) : change(credentialsOf(base), credentialsOf(next)),
    roles: listChange(base.roles.map(roleName), next.roles.map(roleName)),
    modulesSender: listChange(base.modulesSender.map(moduleName), next.modulesSender.map(moduleName)),
    modulesReceiver: listChange(base.modulesReceiver.map(moduleName), next.modulesReceiver.map(moduleName)),
    node: change(base.operator.toLowerCase() as Hex, next.operator.toLowerCase() as Hex),
  })
  return { kind: listed ? 'party-listed' : 'party-changed', details }
}

// ----- transactions: which function made the event -----

type Tx = { to: Hex | null; input: Hex }

const selectorOf = (abi: Abi, name: string): Hex => toFunctionSelector(getAbiItem({ abi, name }) as AbiFunction)

export const SELECTORS = {
  createAgreement: selectorOf(permissionsAbi, 'createAgreement'),
  createAgreementRaw: selectorOf(permissionsAbi, 'createAgreementRaw'),
  revokeAgreement: selectorOf(permissionsAbi, 'revokeAgreement'),
  revokeAgreementRaw: selectorOf(permissionsAbi, 'revokeAgreementRaw'),
  setService: selectorOf(permissionsAbi, 'setService'),
  setServiceRaw: selectorOf(permissionsAbi, 'setServiceRaw'),
  deleteService: selectorOf(permissionsAbi, 'deleteService'),
  deleteServiceRaw: selectorOf(permissionsAbi, 'deleteServiceRaw'),
} as const

/** The selector of a direct call to `contract`; null when the transaction went elsewhere (a contract wallet). */
function directSelector(tx: Tx, contract: Hex): Hex | null {
  if (!tx.to || tx.to.toLowerCase() !== contract.toLowerCase() || tx.input.length < 10) return null
  return tx.input.slice(0, 10).toLowerCase() as Hex
}

/**
 * ServiceAgreement is emitted alike by create and revoke. A direct call says which by its selector; a call through
 * another contract falls back to the alternation the contract enforces per (user, provider): a create can only
 * follow no agreement or a revoke, and a revoke only an agreement.
 */
export function agreementAction(
  tx: Tx,
  permissions: Hex,
  activeBefore: boolean,
): { action: 'created' | 'revoked'; decidedBy: 'selector' | 'alternation' } {
  const selector = directSelector(tx, permissions)
  if (selector === SELECTORS.createAgreement || selector === SELECTORS.createAgreementRaw) return { action: 'created', decidedBy: 'selector' }
  if (selector === SELECTORS.revokeAgreement || selector === SELECTORS.revokeAgreementRaw) return { action: 'revoked', decidedBy: 'selector' }
  return { action: activeBefore ? 'revoked' : 'created', decidedBy: 'alternation' }
}

/**
 * deleteService emits ServiceUpdate("", "", <the old permissions>), which only the call tells apart from an edit
 * to an empty name and url. null: not a direct call, so the caller reads getService at the event's block.
 */
export function serviceWriteBySelector(tx: Tx, permissions: Hex): 'edit' | 'withdraw' | null {
  const selector = directSelector(tx, permissions)
  if (selector === SELECTORS.deleteService || selector === SELECTORS.deleteServiceRaw) return 'withdraw'
  if (selector === SELECTORS.setService || selector === SELECTORS.setServiceRaw) return 'edit'
  return null
}

/** A ServiceUpdate, given whether it was a withdrawal (and how that was decided), against the service before it. */
export function decodeServiceUpdate(
  prev: ServiceState | null,
  next: { name: string; url: string; permissions: readonly string[] },
  write: { withdraw: boolean; decidedBy: 'selector' | 'state' },
): Decoded {
  const { decidedBy } = write
  if (write.withdraw) {
    return { kind: 'service-withdrawn', details: present({ name: prev?.name, url: prev?.url, decidedBy }) }
  }
  if (prev === null || prev.withdrawn) {
    return {
      kind: prev === null ? 'service-listed' : 'service-relisted',
      details: { name: next.name, url: next.url, permissions: [...next.permissions], decidedBy },
    }
  }
  return {
    kind: 'service-changed',
    details: present({
      name: change(prev.name, next.name),
      url: change(prev.url, next.url),
      permissions: listChange(prev.permissions, next.permissions),
      decidedBy,
    }),
  }
}

// ----- bounds -----

/**
 * Names, URLs and domains are unbounded on chain (tens of kilobytes fit in a block) and permission lists can hold
 * hundreds of arbitrary values: rows keep the first MAX_TEXT characters and MAX_LIST values, so that a page of 100
 * rows stays well under the app's 2 MB limit on a history response.
 */
export const MAX_TEXT = 500
export const MAX_LIST = 100

const clip = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text)
export const clipList = (list: readonly string[]) => list.slice(0, MAX_LIST).map(clip)

function boundValue(value: unknown): unknown {
  if (typeof value === 'string') return clip(value)
  if (Array.isArray(value)) return clipList(value as string[])
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, boundValue(inner)]))
  }
  return value
}

/** The details of a row within the bounds above (values of any shape: text, lists, changes of either). */
export function boundDetails(details: ActivityDetails): ActivityDetails {
  return boundValue(details) as ActivityDetails
}
