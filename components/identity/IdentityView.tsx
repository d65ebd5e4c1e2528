'use client'

import { useTranslations } from 'next-intl'
import type { Network } from '@/lib/chain/networks'
import { useWallet } from '@/lib/hooks/useWallet'
import { useOcnRead } from '@/lib/hooks/useOcnQuery'
import { EmptyState } from '@/components/ui/EmptyState'
import { RefreshButton } from '@/components/ui/RefreshButton'
import { IdentityChecklist } from './IdentityChecklist'

/** The connected account's OCN identity as a checklist: its node, its party, its modules, each with its actions. */
export function IdentityView({ network }: { network: Network }) {
  const t = useTranslations('identity')
  const { address, chainId } = useWallet().connection
  const identity = useOcnRead(network, ['identity', address], address ? (ctx) => import('@/lib/ocn/reads').then(({ readIdentity }) => readIdentity(ctx, address)) : null)
  const nodes = useOcnRead(network, ['nodes'], (ctx) => import('@/lib/ocn/reads').then(({ readNodes }) => readNodes(ctx)))

  if (!address) {
    return (
      <EmptyState title={t('connectTitle')} text={t('connectText')} />
    )
  }
  if (identity.isPending || nodes.isPending) {
    return (
      <p aria-busy="true" className="h-48 animate-pulse rounded-xl bg-slate-200 dark:bg-slate-800">
        <span className="sr-only">{t('loading')}</span>
      </p>
    )
  }
  if (identity.isError || nodes.isError) {
    return (
      <div role="alert" className="rounded-xl bg-red-50 p-4 text-sm text-red-800 dark:bg-red-950/40 dark:text-red-300">
        {t('readError')}{' '}
        <button type="button" className="min-h-6 underline" onClick={() => void Promise.all([identity.refetch(), nodes.refetch()])}>
          {t('tryAgain')}
        </button>
      </div>
    )
  }

  const refreshing = identity.isFetching || nodes.isFetching
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <p className="min-w-0 break-all text-sm text-slate-600 dark:text-slate-400">
          {t.rich('account', {
            address: () => (
              <span className="font-mono" data-testid="identity-account">
                {address}
              </span>
            ),
          })}
        </p>
        {chainId !== undefined && chainId !== network.chainId && (
          <p className="text-sm text-slate-600 dark:text-slate-400">{t('otherNetwork', { network: network.name })}</p>
        )}
        <div className="ml-auto">
          <RefreshButton refreshing={refreshing} failed={false} onRefresh={() => void Promise.all([identity.refetch(), nodes.refetch()])} />
        </div>
      </div>
      <IdentityChecklist key={`${network.chainId}:${address}`} network={network} account={address} identity={identity.data} nodes={nodes.data} />
    </div>
  )
}
