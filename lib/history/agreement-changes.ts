import { type ReviewedPermission, reviewPermissions } from '../ocn/permission-review'

/**
 * What a provider did to its service after a party agreed. The contract keeps an agreement when the provider
 * edits its permissions (and when it withdraws and re-lists), so the permissions the party agreed to and those its
 * node forwards today can differ: the party must see the difference, added permissions first.
 */
export type AgreementChange =
  | { kind: 'unchanged' }
  | {
      kind: 'changed'
      /** Forwarded now, not when the party agreed: known ones in catalog order, then unknown values. */
      added: ReviewedPermission[]
      /** Agreed to, no longer listed. */
      removed: ReviewedPermission[]
    }
  /**
   * The party agreed to more values than the history keeps (HISTORY_LIST_MAX, the first ones as listed), and none
   * of those kept was removed: whether values were added since cannot be told from the history.
   */
  | { kind: 'unverifiable'; agreed: number }
  /** The provider withdrew its service since: nothing is forwarded, and the agreement revives if it re-lists. */
  | { kind: 'withdrawn' }

/**
 * How many permission values the indexer keeps per agreement period (MAX_LIST in lib/history/decode.ts, which
 * loads viem's ABI helpers and so stays out of the browser; a test keeps the two equal).
 */
export const HISTORY_LIST_MAX = 100

const DECIMAL = /^\d+$/

/**
 * Permission values as the history API sends them (decimal strings). A value that is not one is kept as unknown
 * rather than dropped or thrown on: -1 is no permission a contract can hold, so it can never match a current one.
 */
export function parsePermissionValues(values: readonly string[]): bigint[] {
  return values.map((value) => (DECIMAL.test(value) ? BigInt(value) : -1n))
}

/**
 * The difference between the permissions a party agreed to and the service's current ones (null: withdrawn).
 * Lists compare as sets, as OCN nodes read them: a value listed twice, or the same values reordered, is no change.
 */
export function agreementChange(agreedPermissions: readonly string[], current: readonly bigint[] | null): AgreementChange {
  if (current === null) return { kind: 'withdrawn' }
  const agreed = new Set(parsePermissionValues(agreedPermissions))
  const now = new Set(current)
  const removed = reviewPermissions([...agreed].filter((value) => !now.has(value)))
  // A cut list: values listed now and missing from it may be among those cut, so none is called added.
  if (agreedPermissions.length >= HISTORY_LIST_MAX) {
    return removed.length > 0 ? { kind: 'changed', added: [], removed } : { kind: 'unverifiable', agreed: agreedPermissions.length }
  }
  const added = reviewPermissions([...now].filter((value) => !agreed.has(value)))
  if (added.length === 0 && removed.length === 0) return { kind: 'unchanged' }
  return { kind: 'changed', added, removed }
}

/** Whether a permission can carry driver, session or billing data (unknown values are forwarded for nothing). */
export function carriesPersonalData(permission: ReviewedPermission): boolean {
  return permission.known && permission.permission.personalData
}
