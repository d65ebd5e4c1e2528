import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'
import { type Address, getAddress, isAddress } from 'viem'
import { PartyFacts } from '@/components/registry/PartyFacts'
import { AgreeingParties } from '@/components/service/AgreeingParties'
import { AgreePanel } from '@/components/service/AgreePanel'
import { LookalikeFlags } from '@/components/service/LookalikeFlags'
import { ForwardingExplainer } from '@/components/service/ForwardingExplainer'
import { PermissionList } from '@/components/service/PermissionList'
import { ProviderLine } from '@/components/service/ProviderLine'
import { ServiceUrl } from '@/components/service/ServiceUrl'
import { ReadErrorState } from '@/components/ui/ReadErrorState'
import { UntrustedText } from '@/components/ui/UntrustedText'
import type { ReadContext } from '@/lib/ocn/batch'
import { findLookalikes } from '@/lib/ocn/lookalikes'
import { readAgreeingParties, readServices } from '@/lib/ocn/reads'
import { cleanText } from '@/lib/ocn/untrusted'
import { load } from '@/lib/server/load'
import { currentReader } from '@/lib/server/network'

type Props = { params: Promise<{ provider: string }> }

/**
 * The service with what the rest of the catalog says about it: lookalikes need every other service, and the whole
 * catalog is two requests whatever its size (lib/ocn/reads), so it is read rather than this service alone.
 */
async function readServiceInCatalog(ctx: ReadContext, provider: Address) {
  const [services, agreeing] = await Promise.all([readServices(ctx), readAgreeingParties(ctx, provider)])
  const service = services.find((s) => s.provider === provider) ?? null
  return { service, agreeing, lookalikes: service ? (findLookalikes(services)[provider] ?? []) : [] }
}

/** Metadata and page share one read per request. */
const loadService = cache(async (provider: string) => {
  if (!isAddress(provider, { strict: false })) notFound()
  const address = getAddress(provider)
  const { network, ctx } = await currentReader()
  const result = await load(network, () => readServiceInCatalog(ctx, address))
  return { network, result }
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { result } = await loadService((await params).provider)
  const service = result.ok ? result.data.service : null
  const name = service ? cleanText(service.name, 60) : null
  return { title: name && !name.blank ? name.text : 'Service' }
}

export default async function ServicePage({ params }: Props) {
  const { network, result } = await loadService((await params).provider)
  if (!result.ok) return <ReadErrorState title="This service could not be loaded" message={result.error} />
  const { service, agreeing, lookalikes } = result.data
  if (!service) notFound()

  return (
    <article className="space-y-8">
      <header>
        <p className="text-sm text-slate-500">OCN service</p>
        <h1 className="text-2xl font-bold tracking-tight" data-testid="service-title">
          <UntrustedText value={service.name} max={120} />
        </h1>
        <div className="mt-2 space-y-1">
          <ProviderLine provider={service.provider} party={service.party} network={network} />
          <LookalikeFlags flags={lookalikes} />
          <ServiceUrl url={service.url} max={100} />
        </div>
      </header>

      <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
        <div className="space-y-8">
          <section aria-labelledby="permissions-title" className="space-y-3">
            <h2 id="permissions-title" className="text-lg font-semibold">
              What this service receives from your OCPI traffic
            </h2>
            <PermissionList permissions={service.permissions} />
            <ForwardingExplainer />
          </section>

          <section aria-labelledby="agreeing-title" className="space-y-3">
            <h2 id="agreeing-title" className="text-lg font-semibold">
              Parties using this service <span className="text-sm font-normal text-slate-500">({agreeing.length})</span>
            </h2>
            <AgreeingParties parties={agreeing} />
          </section>

          {service.party && (
            <section aria-labelledby="provider-title" className="space-y-3">
              <h2 id="provider-title" className="text-lg font-semibold">
                About the provider
              </h2>
              <PartyFacts party={service.party} network={network} />
            </section>
          )}
        </div>
        <aside>
          <AgreePanel network={network} service={service} lookalikes={lookalikes} />
        </aside>
      </div>
    </article>
  )
}
