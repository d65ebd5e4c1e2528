import { useTranslations } from 'next-intl'
import { cleanText } from '@/lib/ocn/untrusted'
import { TEXT_MUTED } from '@/components/ui/styles'

/** A permission value that is not one of the 17: stated as unknown, with what OCN nodes make of it. */
export function UnknownPermission({ label, explanation, count, breaksNodes }: { label: string; explanation: string; count: number; breaksNodes: boolean }) {
  const t = useTranslations('service.permissions')
  return (
    <li
      data-testid="permission-detail"
      data-known="false"
      className={`rounded-xl border border-dashed p-4 text-sm ${breaksNodes ? 'border-red-400 bg-red-50 dark:bg-red-950/40' : 'border-slate-400'}`}
    >
      <h3 className="font-semibold [overflow-wrap:anywhere]">
        {cleanText(label, 100).text}
        {count > 1 && <span className={`ml-2 font-normal ${TEXT_MUTED}`}>×{count}</span>}
      </h3>
      <p className={`mt-1 ${TEXT_MUTED}`}>{explanation}</p>
      {count > 1 && <p className={`mt-1 text-xs ${TEXT_MUTED}`}>{t('listedTimes', { count })}</p>}
    </li>
  )
}
