import type { Metadata } from 'next'
import { ProviderConsole } from '@/components/provider/ProviderConsole'
import { currentNetwork } from '@/lib/server/network'
import { PageHeader } from '@/components/ui/PageHeader'

export const metadata: Metadata = { title: 'My listing' }

export default async function ProviderPage() {
  const network = await currentNetwork()
  return (
    <div className="space-y-6">
      <PageHeader title="My service listing">
        Offer an OCN service on {network.name}: its name, its URL and the OCPI requests it needs. Parties see exactly the
        preview below before they agree.
      </PageHeader>
      <ProviderConsole network={network} />
    </div>
  )
}
