import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { cache, Suspense } from 'react'
import { getAddress, isAddress } from 'viem'
import { HistorySection } from '@/components/history/HistorySection'
import { ServerActivity } from '@/components/history/ServerActivity'
import { ForwardPreview } from '@/components/forwarding/ForwardPreview'
import { ManifestSection } from '@/components/service/ManifestSection'
import { ServerManifest } from '@/components/service/ServerManifest'
import { ServiceContent } from '@/components/service/ServiceContent'
import { ErrorDisplay } from '@/components/ui/ErrorDisplay'
import { FORWARD_PARAMS, parseForwardRequest } from '@/lib/forwarding/request-params'
import { agreementListsPiece, forwardInputsView } from '@/lib/forwarding/server'
import { servicePageView } from '@/lib/ocn/pieces'
import { cleanText } from '@/lib/ocn/untrusted'
import { parsePage } from '@/lib/paging/page'
import { serviceView } from '@/lib/paging/views'
import { agreedOnDates } from '@/lib/server/history'
import { manifestBook } from '@/lib/server/manifests'
import type { Snapshot } from '@/lib/reads/snapshot-cache'
import { readOnServer } from '@/lib/server/network'
import { param } from '@/lib/url-params'

const MANIFEST_WAIT_MS = 3_000

type Props = { params: Promise<{ provider: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

// No loading.tsx here: an address without a live service must answer 404, and a status cannot change once a
// skeleton has streamed. The read is still bounded by the page budget; a custom RPC shows the skeleton in the browser.

/** Metadata and page share one read per request; on a custom RPC neither reads (result is null). */
const loadService = cache(async (provider: string) => {
  if (!isAddress(provider, { strict: false })) notFound()
  const address = getAddress(provider)
  // The forwarding preview's agreement lists are read beside the page (the same rounds on a cold snapshot).
  const read = (snapshot: Snapshot) => Promise.all([servicePageView(snapshot, address), snapshot.get(agreementListsPiece)]).then(([data]) => data)
  return { address, ...(await readOnServer(read)) }
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ result }, t] = await Promise.all([loadService((await params).provider), getTranslations('service')])
  const service = result?.ok ? result.data?.service : null
  // The name is the provider's own text: cut short and cleaned of controls, and only ever text in <title>.
  const name = service ? cleanText(service.name, 60) : null
  return { title: name && !name.blank ? name.text : t('titleFallback') }
}

export default async function ServicePage({ params, searchParams }: Props) {
  const [{ network, address, result }, t] = await Promise.all([loadService((await params).provider), getTranslations('service')])
  if (result && !result.ok) return <ErrorDisplay title={t('loadError')} message={result.error} />
  if (result && !result.data) notFound()
  // The server sends one page of the parties using the service, however many there are.
  const query = await searchParams
  const initial = result?.data ? serviceView(result.data, parsePage(query)) : undefined
  // History streams in after the current state; the dates of the parties on this page fill in as they arrive.
  const agreedOn = initial ? agreedOnDates(address, initial.agreeing.items.map((party) => party.address)) : undefined
  const history = (
    <HistorySection testId="service-timeline" title={t('sections.activity')}>
      <ServerActivity scope="services" address={address} empty={t('sections.activityEmpty')} />
    </HistorySection>
  )
  // The provider's manifest streams in too (the section says it is checking meanwhile), waiting at most 3 s for a
  // first fetch; a failed check becomes "the browser asks the check route", never an error page.
  const manifest = initial && (
    <Suspense fallback={<ManifestSection result={undefined} />}>
      <ServerManifest
        network={network}
        url={initial.service.url}
        result={manifestBook(network)
          .result(initial.service.url, { waitMs: MANIFEST_WAIT_MS })
          .catch(() => null)}
      />
    </Suspense>
  )
  // The senders to preview are the agreeing parties this page shows: "when DE*MSP sends ..., these services get a copy".
  const forwarding = initial && (await readOnServer((snapshot) => forwardInputsView(snapshot, initial.agreeing.items))).result
  const forward = forwarding?.ok && (
    <ForwardPreview
      request={parseForwardRequest(query)}
      from={param(query, FORWARD_PARAMS.from)}
      senders={forwarding.data}
      highlight={address}
      title={t('sections.forward')}
    />
  )
  return <ServiceContent network={network} provider={address} initial={initial} history={history} agreedOn={agreedOn} manifest={manifest} forward={forward} />
}
