import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { AgreementsView } from '@/components/agreements/AgreementsView'
import { ConnectedForwardPreview } from '@/components/forwarding/ConnectedForwardPreview'
import { currentNetwork } from '@/lib/server/network'
import { PageHeader } from '@/components/ui/PageHeader'
import { RelayLink } from '@/components/relay/RelayLink'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('agreements'))('metaTitle') }
}

export default async function AgreementsPage() {
  const [network, t] = await Promise.all([currentNetwork(), getTranslations('agreements')])
  return (
    <div className="space-y-6">
      <PageHeader title={t('title')}>
        {t('intro', { network: network.name })}
        <RelayLink lead={t('relayLead')} />
      </PageHeader>
      <AgreementsView network={network} />
      <ConnectedForwardPreview network={network} />
    </div>
  )
}
