import { reviewPermissions } from '@/lib/ocn/permission-review'
import { CatchAllWarning } from './CatchAllWarning'
import { PermissionDetail } from './PermissionDetail'
import { UnknownPermission } from './UnknownPermission'

/** Every permission value a service lists, explained once with how often it is listed; catch-alls called out. */
export function PermissionList({ permissions }: { permissions: readonly bigint[] }) {
  return (
    <div className="space-y-3">
      <CatchAllWarning permissions={permissions} />
      <ul className="space-y-3">
        {reviewPermissions(permissions).map((entry) =>
          entry.known ? (
            <PermissionDetail key={entry.value.toString()} permission={entry.permission} count={entry.count} />
          ) : (
            <UnknownPermission key={entry.value.toString()} label={entry.label} explanation={entry.explanation} count={entry.count} breaksNodes={entry.breaksNodes} />
          ),
        )}
      </ul>
    </div>
  )
}
