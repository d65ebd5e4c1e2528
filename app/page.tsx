import { FigureCard } from '@/components/overview/FigureCard'
import { ReadErrorState } from '@/components/ui/ReadErrorState'
import { describeReadError } from '@/lib/ocn/errors'
import { type NetworkSummary, readSummary } from '@/lib/ocn/reads'
import { currentNetwork, readContextFor } from '@/lib/server/network'

async function loadSummary(): Promise<{ summary: NetworkSummary } | { error: string }> {
  const network = currentNetwork()
  try {
    return { summary: await readSummary(readContextFor(network)) }
  } catch (error) {
    return { error: describeReadError(error, network.rpcUrl) }
  }
}

export default async function OverviewPage() {
  const network = currentNetwork()
  const result = await loadSummary()
  return (
    <div className="space-y-8">
      <section className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight">Services for the Open Charging Network</h1>
        <p className="mt-3 text-slate-700 dark:text-slate-300">
          Billing, payment, data enrichment and smart charging services that plug into your OCPI traffic on the OCN.
          Agree to a service once, on chain, and your OCN node forwards it a copy of exactly the OCPI requests you
          allowed — no integration project needed.
        </p>
      </section>

      <section aria-labelledby="figures-title">
        <h2 id="figures-title" className="text-lg font-semibold">
          The network today <span className="text-sm font-normal text-slate-500">· {network.name}</span>
        </h2>
        {'error' in result ? (
          <div className="mt-3">
            <ReadErrorState title="The OCN network could not be read" message={result.error} />
          </div>
        ) : (
          <dl className="mt-3 grid grid-cols-2 gap-4 md:grid-cols-4">
            <FigureCard testId="figure-nodes" label="OCN nodes" value={result.summary.nodes} hint="Nodes that route OCPI messages" />
            <FigureCard testId="figure-parties" label="Parties" value={result.summary.parties} hint="CPOs, eMSPs and others listed in the Registry" />
            <FigureCard testId="figure-services" label="Services" value={result.summary.services} hint="Live OCN services on offer" />
            <FigureCard testId="figure-agreements" label="Agreements" value={result.summary.agreements} hint="Active agreements between parties and services" />
          </dl>
        )}
      </section>
    </div>
  )
}
