import type { Metadata } from 'next'
import { IdentityView } from '@/components/identity/IdentityView'
import { currentNetwork } from '@/lib/server/network'

export const metadata: Metadata = { title: 'My OCN identity' }

export default async function IdentityPage() {
  const network = await currentNetwork()
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">My OCN identity</h1>
        <p className="mt-1 max-w-3xl text-slate-700 dark:text-slate-300">
          Where your account stands in the OCN Registry on {network.name}: the node it operates, the OCPI party it lists and the
          modules that party implements. Services and agreements need a listed party on a listed node.
        </p>
      </div>
      <IdentityView network={network} />
    </div>
  )
}
