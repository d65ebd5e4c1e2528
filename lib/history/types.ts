/**
 * The history API: what the indexer (Ponder, `indexer/`) serves over HTTP and the app reads. Both sides import
 * these types, so a change here is a change of the contract. Numbers that can exceed 2^53 (blocks, permission
 * values) travel as decimal strings; times are unix seconds (block timestamps).
 *
 * Routes, all GET, JSON, on the indexer's port (OCN_INDEXER_URL on the app's side):
 * - /history/status                                   -> HistoryStatus
 * - /history/services/:provider/activity?before&limit -> ActivityPage   (events of the provider's service and
 *                                                        agreements with it)
 * - /history/services/:provider/agreements?before&limit -> AgreementPage (every period, newest first)
 * - /history/parties/:address/activity?before&limit   -> ActivityPage   (the party's node, listing, its service,
 *                                                        agreements it made and agreements made with it)
 * - /history/parties/:address/agreements?before&limit -> AgreementPage  (periods where it is the user)
 * `before` is an ActivityItem.id / AgreementPeriod.id (exclusive), `limit` 1..100 (default 50).
 * Addresses in paths are checked (0x + 40 hex) and compared lower-cased; a bad one answers 400.
 */

export type Hex = `0x${string}`

/** Where the event happened, so a row can link to its transaction. */
export type OnChainAt = { block: string; time: number; tx: Hex }

export type ActivityKind =
  | 'node-listed'
  | 'node-changed'
  | 'node-deleted'
  | 'party-listed'
  | 'party-changed'
  | 'party-deleted'
  | 'service-listed'
  | 'service-changed'
  | 'service-withdrawn'
  | 'service-relisted'
  | 'agreement-created'
  | 'agreement-revoked'
  | 'ownership-transferred'

/** A value before and after a change; only fields that changed are present in a details object. */
export type Change<T> = { from: T; to: T }
export type ListChange = { added: string[]; removed: string[] }

export type ActivityDetails = {
  /** node events: the node's URL (domain) as stored. */
  domain?: Change<string> | string
  /** party events: credentials as "CC*PID". */
  credentials?: Change<string> | string
  roles?: ListChange
  modulesSender?: ListChange
  modulesReceiver?: ListChange
  node?: Change<Hex>
  /** service events */
  name?: Change<string> | string
  url?: Change<string> | string
  /** permission values as decimal strings; on listing and agreement events, the whole list at that time. */
  permissions?: ListChange | string[]
  /** ownership-transferred */
  previousOwner?: Hex
  newOwner?: Hex
  /**
   * agreement and service events: how create/revoke or edit/withdraw was told apart: the transaction's function
   * selector, or (a call through a contract wallet) the alternation the contract enforces / the state at the block.
   */
  decidedBy?: 'selector' | 'alternation' | 'state'
}

export type ActivityItem = OnChainAt & {
  /** Ponder's event id: sorts in chain order, used as the paging cursor. */
  id: string
  kind: ActivityKind
  /** The transaction's sender (a relayer for raw writes). */
  sender: Hex
  /** The party or node the event is about; for agreements, the user. */
  subject: Hex | null
  /** For service and agreement events, the service's provider. */
  provider: Hex | null
  details: ActivityDetails
}

export type ActivityPage = { items: ActivityItem[]; next: string | null }

/** One agreement from its creation to its revocation (null while active). */
export type AgreementPeriod = {
  /** The creating event's id. */
  id: string
  user: Hex
  provider: Hex
  /** The service's permissions when the user agreed, decimal strings as on chain. */
  agreed: OnChainAt & { permissions: string[] }
  revoked: OnChainAt | null
}

export type AgreementPage = { items: AgreementPeriod[]; next: string | null }

export type HistoryStatus = {
  chainId: number
  /** The newest block the indexer has processed (null before its first). */
  indexedBlock: string | null
  indexedTime: number | null
}
