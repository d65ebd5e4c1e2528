import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { Suspense } from 'react'
import { AppLink } from '@/components/ui/AppLink'
import { FiguresSkeleton } from '@/components/overview/FiguresSkeleton'
import { ServerFigures } from '@/components/overview/ServerFigures'
import { currentNetwork } from '@/lib/server/network'
import { BUTTON_SIZE, BUTTON_VARIANT, TEXT_BODY, TEXT_MUTED } from '@/components/ui/styles'

export async function generateMetadata(): Promise<Metadata> {
  // The overview is the site itself: its title is the site's name, without the template's suffix.
  return { title: { absolute: (await getTranslations('app'))('title') } }
}

export default async function OverviewPage() {
  const [network, t] = await Promise.all([currentNetwork(), getTranslations('home')])
  return (
    <div className="space-y-8">
      <section className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
        <p className={`mt-3 ${TEXT_BODY}`}>{t('intro')}</p>
        <div className="mt-4 flex flex-wrap gap-3">
          <AppLink href="/services" className={`${BUTTON_VARIANT.primary} ${BUTTON_SIZE.md}`}>
            {t('browse')}
          </AppLink>
          <AppLink href="/registry" className={`${BUTTON_VARIANT.secondary} ${BUTTON_SIZE.md}`}>
            {t('registry')}
          </AppLink>
        </div>
      </section>

      <section aria-labelledby="figures-title">
        <h2 id="figures-title" className="text-lg font-semibold">
          {t('figuresTitle')} <span className={`text-sm font-normal ${TEXT_MUTED}`}>· {network.name}</span>
        </h2>
        <Suspense fallback={<FiguresSkeleton />}>
          <ServerFigures />
        </Suspense>
      </section>
    </div>
  )
}
