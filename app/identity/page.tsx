import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { IdentityView } from '@/components/identity/IdentityView'
import { currentNetwork } from '@/lib/server/network'
import { PageHeader } from '@/components/ui/PageHeader'
import { RelayLink } from '@/components/relay/RelayLink'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('identity')
  return { title: t('pageTitle') }
}

export default async function IdentityPage() {
  const [network, t] = await Promise.all([currentNetwork(), getTranslations('identity')])
  return (
    <div className="space-y-6">
      <PageHeader title={t('pageTitle')}>
        {t('intro', { network: network.name })}
        <RelayLink lead={t('relayLead')} />
      </PageHeader>
      <IdentityView network={network} />
    </div>
  )
}
