import type { Metadata } from 'next'
import { RelayView } from '@/components/relay/RelayView'
import { currentNetwork } from '@/lib/server/network'
import { PageHeader } from '@/components/ui/PageHeader'

export const metadata: Metadata = { title: 'Submit a signed request' }

/** No chain reads here: the request lives in the link's fragment, which the server never sees. */
export default async function RelayPage() {
  const network = await currentNetwork()
  return (
    <div className="space-y-6">
      <PageHeader title="Submit a request someone signed">
        A party&apos;s key holder can sign a write (an agreement, a party listing, a service…) without paying gas, and send it to
        you, for example their node operator. Open it here: you see what it will do on {network.name}, then submit it from
        your own account, which pays the gas. It acts for the signer, not for you.
      </PageHeader>
      <RelayView network={network} />
    </div>
  )
}
