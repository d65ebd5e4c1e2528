import { useTranslations } from 'next-intl'
import { cleanText } from '@/lib/ocn/untrusted'

/** The whole of a value that UntrustedText cut, behind a disclosure; nothing when it was not cut. */
export function UntrustedFullText({ value, max }: { value: string; max: number }) {
  const t = useTranslations('ui.untrusted')
  const clean = cleanText(value, max)
  if (!clean.truncated || clean.blank) return null
  return (
    <details className="mt-1 text-sm font-normal">
      <summary className="min-h-6 cursor-pointer text-indigo-700 dark:text-indigo-300">
        {t('showAll', { count: [...clean.full].length })}
      </summary>
      <div className="mt-1 max-h-64 overflow-auto rounded bg-slate-100 p-2 text-xs [overflow-wrap:anywhere] dark:bg-slate-800">
        <bdi>{clean.full}</bdi>
      </div>
    </details>
  )
}
