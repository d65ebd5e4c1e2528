'use client'

import { useSearchParams } from 'next/navigation'
import { useTranslations } from 'next-intl'
import type { Address } from 'viem'
import type { Network } from '@/lib/chain/networks'
import { parseForwardRequest } from '@/lib/forwarding/request-params'
import { useOcnRead } from '@/lib/hooks/useOcnQuery'
import { InlineReadError } from '@/components/ui/InlineReadError'
import { ForwardPreview } from './ForwardPreview'

/**
 * The preview for a party the browser reads itself (the connected party on /agreements, any party on a custom
 * RPC): two rounds of batched reads, refreshed with every other chain read after a write. Loaded on demand
 * (next/dynamic) by its callers, so the preview's code stays out of their pages' first JavaScript.
 */
export function BrowserForwardPreview({ network, party, title }: { network: Network; party: Address; title?: string }) {
  const t = useTranslations('forwarding')
  const request = parseForwardRequest(new URLSearchParams(useSearchParams().toString()))
  const inputs = useOcnRead(network, ['forward-inputs', party], (ctx) => import('@/lib/forwarding/inputs').then(({ readForwardInputs }) => readForwardInputs(ctx, party)))
  if (inputs.isPending) return <p aria-busy="true" className="h-24 animate-pulse rounded-xl bg-slate-200 dark:bg-slate-800" />
  if (inputs.isError) return <InlineReadError what={t('readName')} onRetry={() => inputs.refetch()} />
  // Not a listed party: nothing of its traffic goes through an OCN node, the page says so elsewhere.
  if (!inputs.data) return null
  return <ForwardPreview request={request} senders={[inputs.data]} title={title} />
}
