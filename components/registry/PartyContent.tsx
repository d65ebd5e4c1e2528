'use client'

import type { ReactNode } from 'react'
import type { Network } from '@/lib/chain/networks'
import type { PartyView } from '@/lib/paging/views'
import { BrowserParty } from './BrowserParty'
import { PartyArticle } from './PartyArticle'

type Props = { network: Network; id: string; initial?: PartyView; history?: ReactNode; forward?: ReactNode }

/**
 * `initial` is the server's read, already cut to the page of agreements the URL asks for; a confirmed write
 * renders it again on the server. Without it (a custom RPC) the browser reads the party itself. `history` is the
 * party's timeline, and `forward` its forwarding preview, both rendered on the server.
 */
export function PartyContent({ network, id, initial, history, forward }: Props) {
  return initial ? (
    <PartyArticle network={network} data={initial} pathname={`/parties/${encodeURIComponent(id)}`} history={history} forward={forward} />
  ) : (
    <BrowserParty network={network} id={id} history={history} />
  )
}
