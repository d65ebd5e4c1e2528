import { useTranslations } from 'next-intl'
import { nodePermission } from '@/lib/forwarding/node-rules'
import { cleanText } from '@/lib/ocn/untrusted'
import { CollapsedItems } from '@/components/ui/CollapsedItems'
import { groupPermissions, groupText } from '@/lib/ocn/permission-groups'

const CHIP = 'inline-flex flex-wrap items-center gap-1 rounded-full px-2.5 py-0.5 text-xs font-medium ring-1'
const LIST = 'flex flex-wrap gap-1.5'
/** Unknown values shown before the rest fold away: a service may list hundreds. */
const UNKNOWN_SHOWN = 3

/** A service's permissions in plain words: one chip per OCPI module with its directions. */
export function PermissionChips({ permissions }: { permissions: readonly bigint[] }) {
  const t = useTranslations()
  const { groups, unknown } = groupPermissions(permissions)
  return (
    <ul className={LIST} aria-label={t('service.permissions.chipsLabel')}>
      {groups.map((group) => (
        <li
          key={group.scope}
          data-testid="permission-chip"
          className={`${CHIP} ${
            group.personalData
              ? 'bg-amber-50 text-amber-900 ring-amber-300 dark:bg-amber-950/50 dark:text-amber-200 dark:ring-amber-800'
              : 'bg-slate-100 text-slate-800 ring-slate-200 dark:bg-slate-800 dark:text-slate-200 dark:ring-slate-700'
          }`}
        >
          {groupText(group, t)}
          {group.personalData && (
            <span className="rounded bg-amber-200 px-1 text-[10px] uppercase tracking-wide dark:bg-amber-900">{t('service.permissions.personalData')}</span>
          )}
        </li>
      ))}
      <CollapsedItems
        shown={UNKNOWN_SHOWN}
        summary={(hidden) => t('service.permissions.moreUnknownValues', { count: hidden })}
        listClassName={LIST}
        items={unknown.map((value) => (
          <li
            key={value.toString()}
            data-testid="permission-chip"
            className={`${CHIP} border border-dashed border-slate-400 bg-white text-slate-600 ring-transparent dark:bg-slate-900 dark:text-slate-400`}
          >
            {t('service.permissions.unknownChip', { value: cleanText(value.toString(), 12).text })}
            {/* What nodes make of it, in words rather than a tooltip: ignored, or (2^31 and more) a stop to forwarding. */}
            <span className="font-normal">· {t(nodePermission(value).kind === 'throws' ? 'service.permissions.unknownBreaks' : 'service.permissions.unknownIgnored')}</span>
          </li>
        ))}
      />
    </ul>
  )
}
