import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'
import { getAddress, isAddress } from 'viem'
import { HistorySection } from '@/components/history/HistorySection'
import { ServerActivity } from '@/components/history/ServerActivity'
import { ServiceContent } from '@/components/service/ServiceContent'
import { ErrorDisplay } from '@/components/ui/ErrorDisplay'
import { servicePageView } from '@/lib/ocn/pieces'
import { cleanText } from '@/lib/ocn/untrusted'
import { parsePage } from '@/lib/paging/page'
import { serviceView } from '@/lib/paging/views'
import { agreedOnDates } from '@/lib/server/history'
import { manifestBook } from '@/lib/server/manifests'
import { readOnServer } from '@/lib/server/network'

const MANIFEST_WAIT_MS = 3_000

type Props = { params: Promise<{ provider: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

// No loading.tsx here: an address without a live service must answer 404, and a status cannot change once a
// skeleton has streamed. The read is still bounded by the page budget; a custom RPC shows the skeleton in the browser.

/** Metadata and page share one read per request; on a custom RPC neither reads (result is null). */
const loadService = cache(async (provider: string) => {
  if (!isAddress(provider, { strict: false })) notFound()
  const address = getAddress(provider)
  return { address, ...(await readOnServer((snapshot) => servicePageView(snapshot, address))) }
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { result } = await loadService((await params).provider)
  const service = result?.ok ? result.data?.service : null
  const name = service ? cleanText(service.name, 60) : null
  return { title: name && !name.blank ? name.text : 'Service' }
}

export default async function ServicePage({ params, searchParams }: Props) {
  const { network, address, result } = await loadService((await params).provider)
  if (result && !result.ok) return <ErrorDisplay title="This service could not be loaded" message={result.error} />
  if (result && !result.data) notFound()
  // The server sends one page of the parties using the service, however many there are.
  const initial = result?.data ? serviceView(result.data, parsePage(await searchParams)) : undefined
  // History streams in after the current state; the dates of the parties on this page fill in as they arrive.
  const agreedOn = initial ? agreedOnDates(address, initial.agreeing.items.map((party) => party.address)) : undefined
  const history = (
    <HistorySection testId="service-timeline" title="Activity">
      <ServerActivity scope="services" address={address} empty="No activity recorded for this service yet." />
    </HistorySection>
  )
  // The provider's manifest streams in too (the section says it is checking meanwhile), waiting at most 3 s for a
  // first fetch; handed to the browser as a promise, so a failure becomes "ask the check route", never an error page.
  const manifest = initial ? manifestBook(network).result(initial.service.url, { waitMs: MANIFEST_WAIT_MS }).catch(() => null) : undefined
  return <ServiceContent network={network} provider={address} initial={initial} history={history} agreedOn={agreedOn} manifest={manifest} />
}
