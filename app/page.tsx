import { AppLink } from '@/components/ui/AppLink'
import { Suspense } from 'react'
import { FiguresSkeleton } from '@/components/overview/FiguresSkeleton'
import { ServerFigures } from '@/components/overview/ServerFigures'
import { currentNetwork } from '@/lib/server/network'

export default async function OverviewPage() {
  const network = await currentNetwork()
  return (
    <div className="space-y-8">
      <section className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight">Services for the Open Charging Network</h1>
        <p className="mt-3 text-slate-700 dark:text-slate-300">
          Billing, payment, data enrichment and smart charging services that plug into your OCPI traffic on the OCN.
          Agree to a service once, on chain, and your OCN node forwards it a copy of exactly the OCPI requests you
          allowed — no integration project needed.
        </p>
        <div className="mt-4 flex flex-wrap gap-3">
          <AppLink href="/services" className="rounded-lg bg-indigo-600 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-500">
            Browse services
          </AppLink>
          <AppLink href="/registry" className="rounded-lg px-4 py-2 text-sm font-medium ring-1 ring-slate-300 hover:bg-white dark:ring-slate-700 dark:hover:bg-slate-900">
            Parties and nodes
          </AppLink>
        </div>
      </section>

      <section aria-labelledby="figures-title">
        <h2 id="figures-title" className="text-lg font-semibold">
          The network today <span className="text-sm font-normal text-slate-500">· {network.name}</span>
        </h2>
        <Suspense fallback={<FiguresSkeleton />}>
          <ServerFigures />
        </Suspense>
      </section>
    </div>
  )
}
