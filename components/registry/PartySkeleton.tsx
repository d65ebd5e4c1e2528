import { useTranslations } from 'next-intl'
import { SkeletonBar } from '@/components/ui/SkeletonBar'

/** Shaped like a party page: credentials, facts, then its service and agreements. */
export function PartySkeleton() {
  const t = useTranslations('party')
  return (
    <div aria-busy="true" aria-label={t('loading')} data-testid="page-skeleton" className="space-y-8">
      <div>
        <SkeletonBar className="h-3 w-20" />
        <SkeletonBar className="mt-3 h-7 w-40" />
      </div>
      <SkeletonBar className="h-32 w-full rounded-xl" />
      <SkeletonBar className="h-24 w-full rounded-xl" />
    </div>
  )
}
