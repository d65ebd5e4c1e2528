import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { getAddress, isAddress } from 'viem'
import { HistorySection } from '@/components/history/HistorySection'
import { ServerActivity } from '@/components/history/ServerActivity'
import { ForwardPreview } from '@/components/forwarding/ForwardPreview'
import { PartyContent } from '@/components/registry/PartyContent'
import { ErrorDisplay } from '@/components/ui/ErrorDisplay'
import { parseForwardRequest } from '@/lib/forwarding/request-params'
import { forwardInputsView } from '@/lib/forwarding/server'
import { partyPageView } from '@/lib/ocn/pieces'
import { readOnServer } from '@/lib/server/network'
import { parsePage } from '@/lib/paging/page'
import { partyView } from '@/lib/paging/views'
import { decodeSegment } from '@/lib/url-params'

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

// No loading.tsx here: an unknown party must answer 404, and a status cannot change once a skeleton has
// streamed. The read is still bounded by the page budget; a custom RPC shows the skeleton in the browser.

// The title names the party as the URL does (its address or credentials): a tab or bookmark says which party it is.
export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const t = await getTranslations('party')
  const id = decodeSegment((await params).id)
  return { title: id === null ? t('kicker') : t('metaTitle', { id }) }
}

export default async function PartyPage({ params, searchParams }: Props) {
  const id = decodeSegment((await params).id)
  if (id === null) notFound()
  const t = await getTranslations('party')
  const { network, result } = await readOnServer(async (snapshot) => {
    const page = partyPageView(snapshot, id)
    // The forwarding preview's inputs are read beside the page, not after it: the same rounds on a cold snapshot.
    const [data, [forwarding]] = await Promise.all([page, forwardInputsView(snapshot, page.then((d) => (d ? [d.party] : [])))])
    return data && { data, forwarding }
  })
  if (result && !result.ok) return <ErrorDisplay title={t('loadError')} message={result.error} />
  if (result && !result.data) notFound()
  // The server sends one page of the party's agreements, however many there are.
  const query = await searchParams
  const initial = result?.data ? partyView(result.data.data, parsePage(query)) : undefined
  // Whose history: the party read on the server, else (a custom RPC) the address in the URL if it is one.
  const address = result?.data?.data.party.address ?? (isAddress(id, { strict: false }) ? getAddress(id) : null)
  const history = (
    <HistorySection testId="party-timeline" title={t('timeline')}>
      <ServerActivity scope="parties" address={address} empty={t('timelineEmpty')} />
    </HistorySection>
  )
  const forward = result?.data?.forwarding && <ForwardPreview request={parseForwardRequest(query)} senders={[result.data.forwarding]} />
  return <PartyContent network={network} id={id} initial={initial} history={history} forward={forward} />
}
