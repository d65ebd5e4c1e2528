import type { Metadata } from 'next'
import { IdentityView } from '@/components/identity/IdentityView'
import { currentNetwork } from '@/lib/server/network'
import { PageHeader } from '@/components/ui/PageHeader'
import { RelayLink } from '@/components/relay/RelayLink'

export const metadata: Metadata = { title: 'My OCN identity' }

export default async function IdentityPage() {
  const network = await currentNetwork()
  return (
    <div className="space-y-6">
      <PageHeader title="My OCN identity">
        Where your account stands in the OCN Registry on {network.name}: the node it operates, the OCPI party it lists and the
        modules that party implements. Services and agreements need a listed party on a listed node.
        <RelayLink lead="Listing for a party whose key holder signed it?" />
      </PageHeader>
      <IdentityView network={network} />
    </div>
  )
}
