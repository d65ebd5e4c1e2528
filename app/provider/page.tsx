import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { ProviderConsole } from '@/components/provider/ProviderConsole'
import { currentNetwork } from '@/lib/server/network'
import { PageHeader } from '@/components/ui/PageHeader'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('provider')
  return { title: t('pageTitle') }
}

export default async function ProviderPage() {
  const [network, t] = await Promise.all([currentNetwork(), getTranslations('provider')])
  return (
    <div className="space-y-6">
      <PageHeader title={t('title')}>{t('intro', { network: network.name })}</PageHeader>
      <ProviderConsole network={network} />
    </div>
  )
}
