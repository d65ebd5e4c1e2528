'use client'

import { useTranslations } from 'next-intl'
import type { Network } from '@/lib/chain/networks'
import { useOcnQuery } from '@/lib/hooks/useOcnQuery'
import type { NetworkSummary } from '@/lib/ocn/reads'
import { QueryView } from '@/components/ui/QueryView'
import { FigureCard } from './FigureCard'
import { FiguresSkeleton } from './FiguresSkeleton'

/** The network's figures: from the server's read, or read by the browser on a custom RPC. */
export function OverviewFigures({ network, initial }: { network: Network; initial?: NetworkSummary }) {
  const t = useTranslations('home')
  const summary = useOcnQuery(network, ['summary'], (ctx) => import('@/lib/ocn/reads').then(({ readSummary }) => readSummary(ctx)), initial)
  return (
    <QueryView query={summary} skeleton={<FiguresSkeleton />} errorTitle={t('readError')}>
      {(data) => (
        <dl className="mt-3 grid grid-cols-2 gap-4 md:grid-cols-4">
          <FigureCard testId="figure-nodes" label={t('figures.nodes')} value={data.nodes} hint={t('figures.nodesHint')} />
          <FigureCard testId="figure-parties" label={t('figures.parties')} value={data.parties} hint={t('figures.partiesHint')} />
          <FigureCard testId="figure-services" label={t('figures.services')} value={data.services} hint={t('figures.servicesHint')} />
          <FigureCard testId="figure-agreements" label={t('figures.agreements')} value={data.agreements} hint={t('figures.agreementsHint')} />
        </dl>
      )}
    </QueryView>
  )
}
