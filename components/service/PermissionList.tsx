import { useTranslations } from 'next-intl'
import { permissionValueLabel } from '@/lib/ocn/catalog'
import { reviewPermissions, unknownPermissionExplanation } from '@/lib/ocn/permission-review'
import { CollapsedItems } from '@/components/ui/CollapsedItems'
import { CatchAllWarning } from './CatchAllWarning'
import { PermissionDetail } from './PermissionDetail'
import { UnknownPermission } from './UnknownPermission'

const LIST = 'space-y-3'
/** Unknown values explained before the rest fold away: a service may list hundreds. */
const UNKNOWN_SHOWN = 3

/** Every permission value a service lists, explained once with how often it is listed; catch-alls called out. */
export function PermissionList({ permissions }: { permissions: readonly bigint[] }) {
  const t = useTranslations()
  const entries = reviewPermissions(permissions)
  return (
    <div className="space-y-3">
      <CatchAllWarning permissions={permissions} />
      <ul className={LIST}>
        {entries.flatMap((entry) => (entry.known ? [<PermissionDetail key={entry.value.toString()} permission={entry.permission} count={entry.count} />] : []))}
        <CollapsedItems
          shown={UNKNOWN_SHOWN}
          summary={(hidden) => t('service.permissions.moreUnknownPermissions', { count: hidden })}
          listClassName={LIST}
          items={entries.flatMap((entry) =>
            entry.known
              ? []
              : [<UnknownPermission key={entry.value.toString()} label={permissionValueLabel(entry.value, t)} explanation={unknownPermissionExplanation(entry, t)} count={entry.count} breaksNodes={entry.breaksNodes} />],
          )}
        />
      </ul>
    </div>
  )
}
