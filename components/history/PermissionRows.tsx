import { useTranslations } from 'next-intl'
import { CollapsedItems } from '@/components/ui/CollapsedItems'
import type { PermissionRow } from '@/lib/history/timeline'

const LIST = 'mt-1 flex flex-wrap gap-1.5'
/** Rows shown before the rest fold away: anyone can list hundreds of values. */
const SHOWN = 8
const SIGN = { added: '+ ', removed: '− ', kept: '' } as const
const TONE = {
  added: 'bg-emerald-50 text-emerald-900 ring-emerald-300 dark:bg-emerald-950/50 dark:text-emerald-200 dark:ring-emerald-800',
  removed: 'bg-slate-100 text-slate-700 line-through ring-slate-300 dark:bg-slate-800 dark:text-slate-300 dark:ring-slate-700',
  kept: 'bg-slate-100 text-slate-800 ring-slate-200 dark:bg-slate-800 dark:text-slate-200 dark:ring-slate-700',
} as const

/** The permissions of a listing or a change, added first; personal data is marked in words, not only colour. */
export function PermissionRows({ rows }: { rows: readonly PermissionRow[] }) {
  const t = useTranslations('history')
  if (rows.length === 0) return null
  return (
    <ul className={LIST} aria-label={t('permissions')}>
      <CollapsedItems
        shown={SHOWN}
        summary={(hidden) => t('showMore', { count: hidden })}
        listClassName={LIST}
        items={rows.map((row) => (
          <li
            key={`${row.change}:${row.value}`}
            data-change={row.change}
            data-personal={row.personal ? 'true' : undefined}
            className={`inline-flex max-w-full items-center gap-1 break-all rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ${TONE[row.change]}`}
          >
            {SIGN[row.change]}
            {/* A cut label's whole value is on the chip itself, for everyone (not only in a tooltip). */}
            {row.title ?? row.label}
            {row.personal && <span className="rounded bg-amber-200 px-1 text-[10px] uppercase tracking-wide text-amber-950 dark:bg-amber-900 dark:text-amber-100">{t('personalData')}</span>}
          </li>
        ))}
      />
    </ul>
  )
}
