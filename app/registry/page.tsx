import type { Metadata } from 'next'
import { RegistryContent } from '@/components/registry/RegistryContent'
import { ReadErrorState } from '@/components/ui/ReadErrorState'
import { registryView } from '@/lib/ocn/pieces'
import { readOnServer } from '@/lib/server/network'

export const metadata: Metadata = { title: 'Registry' }

export default async function RegistryPage() {
  const { network, result } = await readOnServer(registryView)
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">OCN Registry</h1>
        <p className="mt-1 max-w-3xl text-slate-700 dark:text-slate-300">
          Every party listed on {network.name}, with the OCN node that routes its OCPI messages.
        </p>
      </div>
      {result && !result.ok ? (
        <ReadErrorState title="The Registry could not be read" message={result.error} />
      ) : (
        <RegistryContent network={network} initial={result?.data} />
      )}
    </div>
  )
}
