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
        {/* A link inside running text needs more than its colour to stand out (WCAG 1.4.1). */}
        <div className="[&_a]:underline">
          <RelayLink lead={t('relayLead')} />
        </div>
      </PageHeader>
      <IdentityView network={network} />
    </div>
  )
}
