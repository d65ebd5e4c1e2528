import type { Translate } from '../i18n/translate'
import { describePermission, moduleData, moduleLabel, permissionLabel, permissionValueLabel } from '../ocn/catalog'
import { type CatchAllReach, catchAllReach } from '../ocn/permission-review'

const REACH_KEY: Record<CatchAllReach, string> = { 'every-request': 'everyRequest', sender: 'sender', receiver: 'receiver' }

/**
 * What a permission list sends, as sentences naming sender and receiver: the catch-all permissions by name
 * (FORWARD_ALL reaches every module), each module permission with its data, personal data said as such, and
 * unknown values stated as forwarding nothing. `from` sends copies of its requests; `to` receives them.
 */
export function permissionFlows(values: readonly bigint[], from: string, to: string, t: Translate): string[] {
  const lines: string[] = []
  const reach = catchAllReach(values)
  if (reach) {
    lines.push(t('writes.flow.catchAll', { names: catchAllNames(values, t), from, to, reach: REACH_KEY[reach] }))
  }
  for (const value of [...new Set(values)].sort((a, b) => (a < b ? -1 : 1))) {
    const view = describePermission(value)
    if (!view.known) {
      lines.push(t('writes.flow.unknown', { label: permissionValueLabel(value, t) }))
      continue
    }
    const { permission } = view
    if (permission.scope === 'all') continue
    lines.push(
      t('writes.flow.module', {
        label: permissionLabel(permission, t),
        name: permission.name,
        from,
        to,
        module: moduleLabel(permission.scope, t),
        direction: permission.direction,
        data: moduleData(permission.scope, t),
        personal: permission.personalData ? 'yes' : 'no',
      }),
    )
  }
  return lines
}

function catchAllNames(values: readonly bigint[], t: Translate): string {
  const names = ['FORWARD_ALL', 'FORWARD_ALL_SENDER', 'FORWARD_ALL_RECEIVER'].filter((_, index) => values.includes(BigInt(index)))
  return names.reduce((all, name) => t('writes.flow.and', { first: all, second: name }))
}
