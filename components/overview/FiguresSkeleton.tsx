import { useTranslations } from 'next-intl'
import { SkeletonBar } from '@/components/ui/SkeletonBar'

export function FiguresSkeleton() {
  const t = useTranslations('home')
  return (
    <div aria-busy="true" aria-label={t('figuresLoading')} data-testid="page-skeleton" className="mt-3 grid grid-cols-2 gap-4 md:grid-cols-4">
      {[1, 2, 3, 4].map((i) => (
        <div key={i} className="rounded-xl bg-white p-5 ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800">
          <SkeletonBar className="h-3 w-1/2" />
          <SkeletonBar className="mt-3 h-8 w-1/3" />
          <SkeletonBar className="mt-3 h-3 w-3/4" />
        </div>
      ))}
    </div>
  )
}
