import { useTranslations } from 'next-intl'
import { SkeletonBar } from '@/components/ui/SkeletonBar'

/** Shaped like a service page: title, provider line, permissions, and the agree panel beside them. */
export function ServiceSkeleton() {
  const t = useTranslations('service')
  return (
    <div aria-busy="true" aria-label={t('loading')} data-testid="page-skeleton" className="space-y-8">
      <div>
        <SkeletonBar className="h-3 w-24" />
        <SkeletonBar className="mt-3 h-7 w-1/2" />
        <SkeletonBar className="mt-3 h-3 w-2/3" />
      </div>
      <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
        <div className="space-y-3">
          {[1, 2, 3].map((i) => (
            <SkeletonBar key={i} className="h-16 w-full rounded-xl" />
          ))}
        </div>
        <SkeletonBar className="h-40 w-full rounded-xl" />
      </div>
    </div>
  )
}
