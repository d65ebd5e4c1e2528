import { useTranslations } from 'next-intl'
import type { ReactNode } from 'react'
import type { Network } from '@/lib/chain/networks'
import { formatCredentials } from '@/lib/ocn/codecs'
import type { PartyView } from '@/lib/paging/views'
import { ServiceCard } from '@/components/catalog/ServiceCard'
import { PageHeader } from '@/components/ui/PageHeader'
import { TEXT_MUTED } from '@/components/ui/styles'
import { PartyAgreements } from './PartyAgreements'
import { PartyFacts } from './PartyFacts'

/** One party's page, the same whether the server or the visitor's browser read it. */
type Props = { network: Network; data: PartyView; pathname: string; history?: ReactNode; forward?: ReactNode }

export function PartyArticle({ network, data: { party, service, agreements }, pathname, history, forward }: Props) {
  const t = useTranslations('party')
  return (
    <article className="space-y-8">
      <PageHeader kicker={t('kicker')} title={formatCredentials(party)} titleTestId="party-title" mono />
      <PartyFacts party={party} network={network} />
      <section aria-labelledby="offers-title" className="space-y-3">
        <h2 id="offers-title" className="text-lg font-semibold">
          {t('offers')}
        </h2>
        {service ? <ServiceCard service={service} network={network} /> : <p className={`text-sm ${TEXT_MUTED}`}>{t('offersNone')}</p>}
      </section>
      <section aria-labelledby="uses-title" className="space-y-3">
        <h2 id="uses-title" className="text-lg font-semibold">
          {t('uses')}
        </h2>
        <PartyAgreements agreements={agreements} pathname={pathname} />
      </section>
      {forward}
      {history}
    </article>
  )
}
