import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'
import { getAddress, isAddress } from 'viem'
import { PartyFacts } from '@/components/registry/PartyFacts'
import { AgreeingParties } from '@/components/service/AgreeingParties'
import { AgreePanel } from '@/components/service/AgreePanel'
import { ForwardingExplainer } from '@/components/service/ForwardingExplainer'
import { PermissionList } from '@/components/service/PermissionList'
import { ProviderLine } from '@/components/service/ProviderLine'
import { ExternalUrl } from '@/components/ui/ExternalUrl'
import { ReadErrorState } from '@/components/ui/ReadErrorState'
import { UntrustedText } from '@/components/ui/UntrustedText'
import { readAgreeingParties, readService } from '@/lib/ocn/reads'
import { cleanText } from '@/lib/ocn/untrusted'
import { load } from '@/lib/server/load'
import { currentReader } from '@/lib/server/network'

type Props = { params: Promise<{ provider: string }> }

/** Metadata and page share one read per request. */
const loadService = cache(async (provider: string) => {
  if (!isAddress(provider, { strict: false })) notFound()
  const address = getAddress(provider)
  const { network, ctx } = await currentReader()
  const result = await load(network, () => Promise.all([readService(ctx, address), readAgreeingParties(ctx, address)]))
  return { network, result }
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { result } = await loadService((await params).provider)
  const service = result.ok ? result.data[0] : null
  return { title: service ? cleanText(service.name, 60).text || 'Service' : 'Service' }
}

export default async function ServicePage({ params }: Props) {
  const { network, result } = await loadService((await params).provider)
  if (!result.ok) return <ReadErrorState title="This service could not be loaded" message={result.error} />
  const [service, agreeing] = result.data
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
          <div className="text-sm">
            Service endpoint: <ExternalUrl url={service.url} max={100} />
          </div>
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
          <AgreePanel network={network} service={service} />
        </aside>
      </div>
    </article>
  )
}
