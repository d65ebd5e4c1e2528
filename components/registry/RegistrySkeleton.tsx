import { useTranslations } from 'next-intl'
import { SkeletonBar } from '@/components/ui/SkeletonBar'

/** Shaped like the Registry: a search row, then a table of parties. */
export function RegistrySkeleton() {
  const t = useTranslations('registry')
  return (
    <div aria-busy="true" aria-label={t('loading')} data-testid="page-skeleton" className="space-y-3">
      <SkeletonBar className="h-9 w-2/3" />
      <div className="space-y-2 rounded-xl bg-white p-4 ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800">
        {[1, 2, 3, 4, 5].map((i) => (
          <SkeletonBar key={i} className="h-5 w-full" />
        ))}
      </div>
    </div>
  )
}
