'use client'

import type { Network } from '@/lib/chain/networks'
import type { PartyView } from '@/lib/paging/views'
import { BrowserParty } from './BrowserParty'
import { PartyArticle } from './PartyArticle'

/**
 * `initial` is the server's read, already cut to the page of agreements the URL asks for; a confirmed write
 * renders it again on the server. Without it (a custom RPC) the browser reads the party itself.
 */
export function PartyContent({ network, id, initial }: { network: Network; id: string; initial?: PartyView }) {
  return initial ? <PartyArticle network={network} data={initial} pathname={`/parties/${encodeURIComponent(id)}`} /> : <BrowserParty network={network} id={id} />
}
