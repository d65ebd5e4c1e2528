import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { RelayView } from '@/components/relay/RelayView'
import { currentNetwork } from '@/lib/server/network'
import { PageHeader } from '@/components/ui/PageHeader'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('relay'))('metaTitle') }
}

/** No chain reads here: the request lives in the link's fragment, which the server never sees. */
export default async function RelayPage() {
  const [network, t] = await Promise.all([currentNetwork(), getTranslations('relay')])
  return (
    <div className="space-y-6">
      <PageHeader title={t('title')}>{t('intro', { network: network.name })}</PageHeader>
      <RelayView network={network} />
    </div>
  )
}
