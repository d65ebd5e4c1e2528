import type { Metadata } from 'next'
import { NodeList } from '@/components/registry/NodeList'
import { RegistryView } from '@/components/registry/RegistryView'
import { ReadErrorState } from '@/components/ui/ReadErrorState'
import { readNodes, readParties, readServices } from '@/lib/ocn/reads'
import { load } from '@/lib/server/load'
import { currentReader } from '@/lib/server/network'

export const metadata: Metadata = { title: 'Registry' }

export default async function RegistryPage() {
  const { network, ctx } = await currentReader()
  const result = await load(network, () => Promise.all([readParties(ctx), readNodes(ctx), readServices(ctx)]))
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">OCN Registry</h1>
        <p className="mt-1 max-w-3xl text-slate-700 dark:text-slate-300">
          Every party listed on {network.name}, with the OCN node that routes its OCPI messages.
        </p>
      </div>
      {result.ok ? (
        <>
          <section aria-labelledby="parties-title" className="space-y-3">
            <h2 id="parties-title" className="text-lg font-semibold">
              Parties
            </h2>
            <RegistryView network={network} parties={result.data[0]} providers={result.data[2].map((s) => s.provider)} />
          </section>
          <section aria-labelledby="nodes-title" className="space-y-3">
            <h2 id="nodes-title" className="text-lg font-semibold">
              Nodes
            </h2>
            <NodeList nodes={result.data[1]} parties={result.data[0]} network={network} />
          </section>
        </>
      ) : (
        <ReadErrorState title="The Registry could not be read" message={result.error} />
      )}
    </div>
  )
}
