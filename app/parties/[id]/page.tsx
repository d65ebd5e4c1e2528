import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PartyContent } from '@/components/registry/PartyContent'
import { ReadErrorState } from '@/components/ui/ReadErrorState'
import { partyPageView } from '@/lib/ocn/pieces'
import { readOnServer } from '@/lib/server/network'
import { decodeSegment } from '@/lib/url-params'

type Props = { params: Promise<{ id: string }> }

// No loading.tsx here: an unknown party must answer 404, and a status cannot change once a skeleton has
// streamed. The read is still bounded by the page budget; a custom RPC shows the skeleton in the browser.

export const metadata: Metadata = { title: 'Party' }

export default async function PartyPage({ params }: Props) {
  const id = decodeSegment((await params).id)
  if (id === null) notFound()
  const { network, result } = await readOnServer((snapshot) => partyPageView(snapshot, id))
  if (result && !result.ok) return <ReadErrorState title="This party could not be loaded" message={result.error} />
  if (result && !result.data) notFound()
  return <PartyContent network={network} id={id} initial={result?.data} />
}
