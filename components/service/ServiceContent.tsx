'use client'

import type { ReactNode } from 'react'
import type { Address } from 'viem'
import type { Network } from '@/lib/chain/networks'
import type { ManifestResult } from '@/lib/manifest/types'
import type { ServiceView } from '@/lib/paging/views'
import { BrowserService } from './BrowserService'
import { ServiceArticle } from './ServiceArticle'

/**
 * `initial` is the server's read, already cut to the page of agreeing parties the URL asks for; a confirmed
 * write renders it again on the server. Without it (a custom RPC) the browser reads the service itself. `history` is
 * the service's activity, rendered on the server; `agreedOn` the dates the parties agreed and `manifest` the
 * provider's manifest, both still being read.
 */
type Props = {
  network: Network
  provider: Address
  initial?: ServiceView
  history?: ReactNode
  agreedOn?: Promise<Record<string, number>>
  manifest?: Promise<ManifestResult | null>
}

export function ServiceContent({ network, provider, initial, history, agreedOn, manifest }: Props) {
  return initial ? (
    <ServiceArticle network={network} data={initial} history={history} agreedOn={agreedOn} manifest={manifest} />
  ) : (
    <BrowserService network={network} provider={provider} history={history} />
  )
}
