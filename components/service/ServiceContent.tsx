'use client'

import type { ReactNode } from 'react'
import type { Address } from 'viem'
import type { Network } from '@/lib/chain/networks'
import type { ServiceView } from '@/lib/paging/views'
import { BrowserService } from './BrowserService'
import { ServiceArticle } from './ServiceArticle'

/**
 * `initial` is the server's read, already cut to the page of agreeing parties the URL asks for; a confirmed
 * write renders it again on the server. Without it (a custom RPC) the browser reads the service itself. `history` is
 * the service's activity, `manifest` the provider's manifest and `forward` the forwarding preview, all rendered on the server; `agreedOn` the dates
 * the parties agreed, still being read.
 */
type Props = {
  network: Network
  provider: Address
  initial?: ServiceView
  history?: ReactNode
  agreedOn?: Promise<Record<string, number>>
  manifest?: ReactNode
  forward?: ReactNode
}

export function ServiceContent({ network, provider, initial, history, agreedOn, manifest, forward }: Props) {
  return initial ? (
    <ServiceArticle network={network} data={initial} history={history} agreedOn={agreedOn} manifest={manifest} forward={forward} />
  ) : (
    <BrowserService network={network} provider={provider} history={history} />
  )
}
