import type { Translate } from '../i18n/translate'
import { describePermission, moduleData, moduleLabel, permissionLabel, permissionValueLabel } from '../ocn/catalog'
import { type CatchAllReach, catchAllReach } from '../ocn/permission-review'

const CATCH_ALL_REACH: Record<CatchAllReach, string> = {
  'every-request': 'every OCPI request it sends, in every module, to sender and receiver interfaces alike',
  sender: 'every request it sends to a sender interface (mostly pulls), in every module',
  receiver: 'every request it sends to a receiver interface (mostly pushes), in every module',
}

/**
 * What a permission list sends, as sentences naming sender and receiver: the catch-all permissions by name
 * (FORWARD_ALL reaches every module), each module permission with its data, personal data said as such, and
 * unknown values stated as forwarding nothing. `from` sends copies of its requests; `to` receives them.
 */
export function permissionFlows(values: readonly bigint[], from: string, to: string, t: Translate): string[] {
  const lines: string[] = []
  const reach = catchAllReach(values)
  if (reach) {
    lines.push(`${catchAllNames(values)}: ${from}'s OCN node sends ${to} a copy of ${CATCH_ALL_REACH[reach]}. This is personal and billing data.`)
  }
  for (const value of [...new Set(values)].sort((a, b) => (a < b ? -1 : 1))) {
    const view = describePermission(value)
    if (!view.known) {
      lines.push(`${permissionValueLabel(value, t)} is not one of the 17 OCN permissions: OCN nodes forward nothing for it.`)
      continue
    }
    const { permission } = view
    if (permission.scope === 'all') continue
    const personal = permission.personalData ? ' This is personal data.' : ''
    lines.push(
      `${permissionLabel(permission, t)} (${permission.name}): ${from}'s OCN node sends ${to} a copy of every request it sends to a ${moduleLabel(permission.scope, t)} ${permission.direction} interface (${moduleData(permission.scope, t)}).${personal}`,
    )
  }
  return lines
}

function catchAllNames(values: readonly bigint[]): string {
  return ['FORWARD_ALL', 'FORWARD_ALL_SENDER', 'FORWARD_ALL_RECEIVER'].filter((_, index) => values.includes(BigInt(index))).join(' and ')
}
