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
  /** The provider withdrew its service since: nothing is forwarded, and the agreement revives if it re-lists. */
  | { kind: 'withdrawn' }

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
  const added = reviewPermissions([...now].filter((value) => !agreed.has(value)))
  const removed = reviewPermissions([...agreed].filter((value) => !now.has(value)))
  if (added.length === 0 && removed.length === 0) return { kind: 'unchanged' }
  return { kind: 'changed', added, removed }
}

/** Whether a permission can carry driver, session or billing data (unknown values are forwarded for nothing). */
export function carriesPersonalData(permission: ReviewedPermission): boolean {
  return permission.known && permission.permission.personalData
}
