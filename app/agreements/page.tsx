import type { Metadata } from 'next'
import { AgreementsView } from '@/components/agreements/AgreementsView'
import { ConnectedForwardPreview } from '@/components/forwarding/ConnectedForwardPreview'
import { currentNetwork } from '@/lib/server/network'
import { PageHeader } from '@/components/ui/PageHeader'
import { RelayLink } from '@/components/relay/RelayLink'

export const metadata: Metadata = { title: 'My agreements' }

export default async function AgreementsPage() {
  const network = await currentNetwork()
  return (
    <div className="space-y-6">
      <PageHeader title="My agreements">
        The OCN services your party has agreed to on {network.name}, and the OCPI data each one receives.
        <RelayLink lead="Agreeing for a party whose key holder signed it?" />
      </PageHeader>
      <AgreementsView network={network} />
      <ConnectedForwardPreview network={network} />
    </div>
  )
}
