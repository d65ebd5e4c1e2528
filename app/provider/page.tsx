import type { Metadata } from 'next'
import { ProviderConsole } from '@/components/provider/ProviderConsole'
import { currentNetwork } from '@/lib/server/network'

export const metadata: Metadata = { title: 'My listing' }

export default async function ProviderPage() {
  const network = await currentNetwork()
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">My service listing</h1>
        <p className="mt-1 max-w-3xl text-slate-700 dark:text-slate-300">
          Offer an OCN service on {network.name}: its name, its URL and the OCPI requests it needs. Parties see exactly the
          preview below before they agree.
        </p>
      </div>
      <ProviderConsole network={network} />
    </div>
  )
}
