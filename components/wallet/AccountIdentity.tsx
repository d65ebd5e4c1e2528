'use client'

import { useTranslations } from 'next-intl'
import { AppLink } from '@/components/ui/AppLink'
import type { Address } from 'viem'
import type { Network } from '@/lib/chain/networks'
import { useOcnRead } from '@/lib/hooks/useOcnQuery'
import { roleKey } from '@/lib/ocn/catalog'
import { formatCredentials } from '@/lib/ocn/codecs'

/** The connected account's OCN identity, when it has one: credentials and roles from the Registry (not on phones: the header has no room). */
export function AccountIdentity({ network, address }: { network: Network; address: Address }) {
  const t = useTranslations('wallet')
  const party = useOcnRead(network, ['party', address], (ctx) => import('@/lib/ocn/reads').then(({ readParty }) => readParty(ctx, address)))
  if (party.data) {
    return (
      <AppLink
        href={`/parties/${address}`}
        data-testid="account-identity"
        className="hidden min-h-6 items-center rounded bg-emerald-100 px-1.5 py-0.5 font-mono text-xs font-semibold text-emerald-900 sm:inline-flex dark:bg-emerald-950 dark:text-emerald-200"
      >
        {formatCredentials(party.data)} · {party.data.roles.map(roleKey).join(', ')}
      </AppLink>
    )
  }
  if (!party.isSuccess) return null
  return (
    <span data-testid="account-identity" className="hidden rounded bg-slate-200 px-1.5 py-0.5 text-xs sm:inline dark:bg-slate-800">
      {t('noIdentity')}
    </span>
  )
}
