import { useTranslations } from 'next-intl'
import { type Permission, permissionExplanation, permissionLabel } from '@/lib/ocn/catalog'
import { permissionExamples } from '@/lib/ocn/ocpi-examples'
import { PANEL_TONE, TEXT_BODY, TEXT_MUTED } from '@/components/ui/styles'

export function PermissionDetail({ permission, count = 1 }: { permission: Permission; count?: number }) {
  const t = useTranslations()
  return (
    <li data-testid="permission-detail" className={`rounded-xl p-4 ring-1 ${PANEL_TONE.neutral}`}>
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h3 className="font-semibold">{permissionLabel(permission, t)}</h3>
        <code className="text-xs text-slate-600 dark:text-slate-400">
          {`#${permission.index} ${permission.name}`}
        </code>
        {count > 1 && (
          <span className={`text-xs ${TEXT_MUTED}`}>×{count}</span>
        )}
      </div>
      <p className={`mt-1 text-sm ${TEXT_BODY}`}>{permissionExplanation(permission, t)}</p>
      {count > 1 && <p className={`mt-1 text-xs ${TEXT_MUTED}`}>{t('service.permissions.listedTimes', { count })}</p>}
      <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
        {t.rich('service.permissions.example', {
          examples: () =>
            permissionExamples(permission).map((e, i) => (
              <span key={e}>
                {i > 0 && ', '}
                <code className="rounded bg-slate-100 px-1 py-0.5 dark:bg-slate-800">{e}</code>
              </span>
            )),
        })}
      </p>
      {permission.personalData && (
        <p className={`mt-2 rounded-lg px-3 py-2 text-sm ${PANEL_TONE.warning}`}>{t('vocab.personalDataNote')}</p>
      )}
    </li>
  )
}
