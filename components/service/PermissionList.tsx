import { knownPermissions, unknownPermissionValues } from '@/lib/ocn/catalog'
import { cleanText } from '@/lib/ocn/untrusted'
import { CollapsedItems } from '@/components/ui/CollapsedItems'
import { PermissionDetail } from './PermissionDetail'

const LIST = 'space-y-3'
/** Unknown values explained before the rest fold away: a service may list hundreds. */
const UNKNOWN_SHOWN = 3

/** Every permission a service asks for, explained; catch-all permissions and unknown values called out. */
export function PermissionList({ permissions }: { permissions: readonly bigint[] }) {
  const sorted = knownPermissions(permissions)
  const unknown = unknownPermissionValues(permissions)
  const catchAll = sorted.filter((p) => p.scope === 'all')
  return (
    <div className="space-y-3">
      {catchAll.length > 0 && (
        <div role="note" data-testid="forward-all-warning" className="rounded-xl bg-red-50 p-4 text-sm text-red-900 ring-1 ring-red-200 dark:bg-red-950/40 dark:text-red-200 dark:ring-red-900">
          <p className="font-semibold">This service asks for all of your OCPI traffic{catchAll[0].direction === 'both' ? '' : ` to ${catchAll[0].direction} interfaces`}.</p>
          <p className="mt-1">
            Every request your party sends to any standard OCPI module — sessions, CDRs, tokens, locations, tariffs,
            commands, charging profiles — would be copied to it, including personal and billing data. Agree only if
            the service really needs all of it.
          </p>
        </div>
      )}
      <ul className={LIST}>
        {sorted.map((permission) => (
          <PermissionDetail key={permission.index} permission={permission} />
        ))}
        <CollapsedItems
          shown={UNKNOWN_SHOWN}
          summary={(hidden) => `Show ${hidden.toLocaleString('en')} more unknown permission values`}
          listClassName={LIST}
          items={unknown.map((value) => (
            <li key={value.toString()} data-testid="permission-detail" className="rounded-xl border border-dashed border-slate-400 p-4 text-sm">
              <h3 className="font-semibold [overflow-wrap:anywhere]">Unknown permission #{cleanText(value.toString(), 24).text}</h3>
              <p className="mt-1 text-slate-600 dark:text-slate-400">
                Not one of the 17 OCN permissions. OCN nodes ignore values they do not know, so nothing is forwarded
                for it — but ask the provider why it is listed.
              </p>
            </li>
          ))}
        />
      </ul>
    </div>
  )
}
