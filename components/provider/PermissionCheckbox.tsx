import { useTranslations } from 'next-intl'
import { type Permission, permissionExplanation } from '@/lib/ocn/catalog'

export function PermissionCheckbox({ permission, checked, onToggle }: { permission: Permission; checked: boolean; onToggle: () => void }) {
  const t = useTranslations()
  return (
    <label className="flex items-start gap-2 text-sm" title={permissionExplanation(permission, t)}>
      <input type="checkbox" className="mt-1" checked={checked} onChange={onToggle} aria-describedby={`permission-${permission.index}-explanation`} />
      <span>
        <span className="font-medium">{permission.direction === 'both' ? 'Sender + receiver' : permission.direction === 'sender' ? 'Sender' : 'Receiver'}</span>
        {permission.personalData && <span className="ml-1 rounded bg-amber-200 px-1 text-[10px] uppercase text-amber-900">personal data</span>}
        <span id={`permission-${permission.index}-explanation`} className="block text-xs text-slate-600 dark:text-slate-400">
          {permissionExplanation(permission, t)}
        </span>
      </span>
    </label>
  )
}
