import { AppLink } from '@/components/ui/AppLink'
import { Suspense } from 'react'
import { FiguresSkeleton } from '@/components/overview/FiguresSkeleton'
import { ServerFigures } from '@/components/overview/ServerFigures'
import { currentNetwork } from '@/lib/server/network'
import { BUTTON_SIZE, BUTTON_VARIANT, TEXT_BODY } from '@/components/ui/styles'

export default async function OverviewPage() {
  const network = await currentNetwork()
  return (
    <div className="space-y-8">
      <section className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight">Services for the Open Charging Network</h1>
        <p className={`mt-3 ${TEXT_BODY}`}>
          Billing, payment, data enrichment and smart charging services that plug into your OCPI traffic on the OCN.
          Agree to a service once, on chain, and your OCN node forwards it a copy of exactly the OCPI requests you
          allowed — no integration project needed.
        </p>
        <div className="mt-4 flex flex-wrap gap-3">
          <AppLink href="/services" className={`${BUTTON_VARIANT.primary} ${BUTTON_SIZE.md}`}>
            Browse services
          </AppLink>
          <AppLink href="/registry" className={`${BUTTON_VARIANT.secondary} ${BUTTON_SIZE.md}`}>
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
