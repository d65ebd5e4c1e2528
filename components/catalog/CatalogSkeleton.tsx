import { useTranslations } from 'next-intl'

const BAR = 'animate-pulse rounded bg-slate-200 dark:bg-slate-800'

/** Shaped like the catalog: filters on the side, service cards with a title, a provider line and chips. */
export function CatalogSkeleton() {
  const t = useTranslations('catalog')
  return (
    <div aria-busy="true" aria-label={t('loading')} data-testid="page-skeleton" className="grid gap-8 lg:grid-cols-[16rem_1fr]">
      <div className="space-y-4">
        {[1, 2, 3, 4].map((i) => (
          <div key={i} className={`${BAR} h-8`} />
        ))}
      </div>
      <ul className="space-y-4">
        {[1, 2, 3].map((i) => (
          <li key={i} className="rounded-xl bg-white p-5 ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800">
            <div className={`${BAR} h-5 w-1/3`} />
            <div className={`${BAR} mt-3 h-3 w-1/2`} />
            <div className={`${BAR} mt-2 h-3 w-1/4`} />
            <div className="mt-4 flex gap-2">
              <div className={`${BAR} h-5 w-28 rounded-full`} />
              <div className={`${BAR} h-5 w-24 rounded-full`} />
            </div>
          </li>
        ))}
      </ul>
    </div>
  )
}
