'use client'

import { AppLink } from '@/components/ui/AppLink'
import type { Address } from 'viem'
import type { Network } from '@/lib/chain/networks'
import { shortAddress } from '@/lib/format'
import { useOcnRead } from '@/lib/hooks/useOcnQuery'
import { roleKey } from '@/lib/ocn/catalog'
import { formatCredentials } from '@/lib/ocn/codecs'

/** The connected account and, when it has one, its OCN identity: credentials and roles from the Registry. */
export function AccountIdentity({ network, address }: { network: Network; address: Address }) {
  const party = useOcnRead(network, ['party', address], (ctx) => import('@/lib/ocn/reads').then(({ readParty }) => readParty(ctx, address)))
  return (
    <span className="flex items-center gap-2 text-sm">
      {party.data ? (
        <AppLink href={`/parties/${address}`} data-testid="account-identity" className="rounded bg-emerald-100 px-1.5 py-0.5 font-mono text-xs font-semibold text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200">
          {formatCredentials(party.data)} · {party.data.roles.map(roleKey).join(', ')}
        </AppLink>
      ) : (
        party.isSuccess && (
          <span data-testid="account-identity" className="rounded bg-slate-200 px-1.5 py-0.5 text-xs dark:bg-slate-800">
            no OCN identity
          </span>
        )
      )}
      <span data-testid="connected-account" className="font-mono" title={address}>
        {shortAddress(address)}
      </span>
    </span>
  )
}
