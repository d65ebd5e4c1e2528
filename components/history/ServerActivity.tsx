import { HISTORY_PAGE_SIZE, historyPaths } from '@/lib/history/client'
import type { ActivityPage, Hex } from '@/lib/history/types'
import { readHistoryOnServer } from '@/lib/server/history'
import { currentNetwork } from '@/lib/server/network'
import { ActivityTimeline } from './ActivityTimeline'
import { CatchUpRefresh } from './CatchUpRefresh'

/** `address` null: the server does not know whose history this is (a party named by credentials on a custom RPC). */
type Props = { scope: 'services' | 'parties'; address: Hex | null; empty: string }

/** The newest page of a service's or a party's activity, read on the server for the network this visitor reads. */
export async function ServerActivity({ scope, address, empty }: Props) {
  if (!address) {
    return <ActivityTimeline read={{ state: 'unavailable', reason: 'not-kept' }} names={{}} context={{ page: 'service' }} network={await currentNetwork()} scope={scope} address={null} empty={empty} />
  }
  const path = scope === 'services' ? historyPaths.serviceActivity(address, undefined, HISTORY_PAGE_SIZE) : historyPaths.partyActivity(address, undefined, HISTORY_PAGE_SIZE)
  const { network, read, names } = await readHistoryOnServer<ActivityPage>(path)
  const context = scope === 'services' ? ({ page: 'service' } as const) : ({ page: 'party', self: address } as const)
  const timeline = <ActivityTimeline read={read} names={names} context={context} network={network} scope={scope} address={address} empty={empty} />
  if (read.state !== 'catching-up') return timeline
  return (
    // Keyed to what the server read: a page rendered again (after a write) starts over from the server's rows.
    <CatchUpRefresh key={`${read.indexedBlock}:${read.head}`} scope={scope} address={address} names={names} context={context} network={network} empty={empty}>
      {timeline}
    </CatchUpRefresh>
  )
}
