import type { Metadata } from 'next'
import { AgreementsView } from '@/components/agreements/AgreementsView'
import { currentNetwork } from '@/lib/server/network'

export const metadata: Metadata = { title: 'My agreements' }

export default async function AgreementsPage() {
  const network = await currentNetwork()
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">My agreements</h1>
        <p className="mt-1 max-w-3xl text-slate-700 dark:text-slate-300">
          The OCN services your party has agreed to on {network.name}, and the OCPI data each one receives.
        </p>
      </div>
      <AgreementsView network={network} />
    </div>
  )
}
