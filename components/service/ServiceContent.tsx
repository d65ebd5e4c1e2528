'use client'

import type { Address } from 'viem'
import type { Network } from '@/lib/chain/networks'
import type { ServiceView } from '@/lib/paging/views'
import { BrowserService } from './BrowserService'
import { ServiceArticle } from './ServiceArticle'

/**
 * `initial` is the server's read, already cut to the page of agreeing parties the URL asks for; a confirmed
 * write renders it again on the server. Without it (a custom RPC) the browser reads the service itself.
 */
export function ServiceContent({ network, provider, initial }: { network: Network; provider: Address; initial?: ServiceView }) {
  return initial ? <ServiceArticle network={network} data={initial} /> : <BrowserService network={network} provider={provider} />
}
