import type { Address } from 'viem'
import { shortAddress } from '../format'
import { ROLES } from '../ocn/catalog'
import { formatCredentials, validateCountryCode, validatePartyId } from '../ocn/codecs'
import type { Node, Party } from '../ocn/reads'
import { canonicalNodeUrl, nodeUrlKey } from '../ocn/node-url'
import { cleanText } from '../ocn/untrusted'
import type { Translate } from '../i18n/translate'

/**
 * The identity page's forms as plain data, with the checks the Registry would make, run before the wallet opens:
 * what a revert would say, said while the user is still typing.
 */
export type NodeDraft = { url: string }
/** `operator` is the chosen node's operator address, as picked from the listed nodes. */
export type PartyDraft = { countryCode: string; partyId: string; roles: number[]; operator: string }
export type ModulesDraft = { sender: number[]; receiver: number[] }

export type PartyErrors = Partial<Record<'countryCode' | 'partyId' | 'roles' | 'operator' | 'credentials', string>>

export const EMPTY_NODE_DRAFT: NodeDraft = { url: '' }
export const EMPTY_PARTY_DRAFT: PartyDraft = { countryCode: '', partyId: '', roles: [], operator: '' }
export const EMPTY_MODULES_DRAFT: ModulesDraft = { sender: [], receiver: [] }

export function partyDraftOf(party: Party | null): PartyDraft {
  if (!party) return EMPTY_PARTY_DRAFT
  return { countryCode: party.countryCode, partyId: party.partyId, roles: sortedUnique(party.roles), operator: party.operator }
}

export function modulesDraftOf(party: Party | null): ModulesDraft {
  if (!party) return EMPTY_MODULES_DRAFT
  return { sender: sortedUnique(party.modulesSender), receiver: sortedUnique(party.modulesReceiver) }
}

const sameAddress = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()

function sortedUnique(values: readonly number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b)
}

/** Adds or removes one enum index, keeping the list in on-chain order so drafts compare by value. */
export function toggleIndex(values: readonly number[], index: number): number[] {
  return values.includes(index) ? values.filter((v) => v !== index) : sortedUnique([...values, index])
}

function sameIndexes(a: readonly number[], b: readonly number[]): boolean {
  const left = sortedUnique(a)
  const right = sortedUnique(b)
  return left.length === right.length && left.every((v, i) => v === right[i])
}

export function sameModules(a: ModulesDraft, b: ModulesDraft): boolean {
  return sameIndexes(a.sender, b.sender) && sameIndexes(a.receiver, b.receiver)
}

export function hasModules(modules: ModulesDraft): boolean {
  return modules.sender.length > 0 || modules.receiver.length > 0
}

/** True when signing the draft would change nothing on chain. */
export function samePartyDraft(draft: PartyDraft, party: Party): boolean {
  const current = partyDraftOf(party)
  return (
    draft.countryCode === current.countryCode &&
    draft.partyId === current.partyId &&
    sameIndexes(draft.roles, current.roles) &&
    sameAddress(draft.operator, current.operator)
  )
}

export function credentialsChanged(draft: PartyDraft, party: Party): boolean {
  return draft.countryCode !== party.countryCode || draft.partyId !== party.partyId
}

/** The address holding these credentials, unless it is the account itself (an update keeps its own credentials). */
export function clashingHolder(holder: Address | null, account: Address): Address | null {
  return holder && !sameAddress(holder, account) ? holder : null
}

export function hasErrors(errors: PartyErrors): boolean {
  return Object.keys(errors).length > 0
}

/**
 * Every reason setParty would revert, in words, by field. `takenBy` is the other address already listing these
 * credentials (see clashingHolder), looked up on chain by the caller.
 */
export function validatePartyDraft(draft: PartyDraft, context: { nodes: readonly Node[]; takenBy: Address | null }, t: Translate): PartyErrors {
  const errors: PartyErrors = {}
  const countryCode = validateCountryCode(draft.countryCode)
  const partyId = validatePartyId(draft.partyId)
  if (countryCode) errors.countryCode = countryCode
  if (partyId) errors.partyId = partyId
  if (draft.roles.length === 0) errors.roles = t('identity.errors.noRole')
  else if (draft.roles.some((role) => !Number.isInteger(role) || role < 0 || role >= ROLES.length)) errors.roles = t('identity.errors.unknownRole')
  if (draft.operator === '') errors.operator = t('identity.errors.noNode')
  else if (!context.nodes.some((node) => sameAddress(node.operator, draft.operator))) {
    errors.operator = t('identity.errors.nodeNotListed')
  }
  if (!countryCode && !partyId && context.takenBy) {
    errors.credentials = t('identity.errors.credentialsTaken', { credentials: formatCredentials(draft), holder: shortAddress(context.takenBy) })
  }
  return errors
}

/** The text setNode will store for what was typed: its canonical form, or the trimmed input when it has none. */
export function normalizeNodeUrl(url: string): string {
  const canonical = canonicalNodeUrl(url)
  return canonical.ok ? canonical.url : url.trim()
}

/**
 * What setNode would refuse, and what it would accept but nobody could use: not a canonical http(s) base URL,
 * or a URL another live node lists, in any spelling. URLs once listed and changed in place stay reserved
 * without showing in any list: simulating the transaction finds those, with the contract's own reason.
 */
export function validateNodeUrl(url: string, liveNodes: readonly Node[], ownDomain: string, t: Translate): string | null {
  const canonical = canonicalNodeUrl(url)
  if (!canonical.ok) return canonical.problem
  if (canonical.url === ownDomain) return t('identity.errors.sameNodeUrl')
  // Domains are unique on chain, so the node listing ownDomain is this account's own: re-spelling it is allowed.
  const other = liveNodes.find((node) => node.domain !== ownDomain && nodeUrlKey(node.domain) === canonical.url)
  if (!other) return null
  const operator = shortAddress(other.operator)
  return other.domain === canonical.url
    ? t('identity.errors.nodeUrlTaken', { operator })
    : t('identity.errors.nodeUrlTakenSpelled', { operator, spelling: cleanText(other.domain, 80).text })
}
