'use client'

import { AppLink } from '@/components/ui/AppLink'
import { useTranslations } from 'next-intl'
import { lazy, Suspense, useRef, useState } from 'react'
import type { Network } from '@/lib/chain/networks'
import { useWallet } from '@/lib/hooks/useWallet'
import { useOcnRead } from '@/lib/hooks/useOcnQuery'
import { usePageParam } from '@/lib/hooks/usePageParam'
import { clearDraft } from '@/lib/forms/drafts'
import { serviceDraftKey } from '@/lib/provider/service-form'
import { LIST_PAGE_SIZE, pageOf } from '@/lib/paging/page'
import { EmptyState } from '@/components/ui/EmptyState'
import { InlineReadError } from '@/components/ui/InlineReadError'
import { AgreeingParties } from '@/components/service/AgreeingParties'
import { CsvExportLink } from '@/components/agreements/CsvExportLink'
import { DeleteService } from './DeleteService'
import { ServiceEditor, type ServiceEditorHandle } from './ServiceEditor'

// The editor and the manifest schema (zod) it validates with load once a provider gets this far, not with the page.
const ManifestEditor = lazy(() => import('./ManifestEditor').then(({ ManifestEditor }) => ({ default: ManifestEditor })))

export function ProviderConsole({ network }: { network: Network }) {
  const t = useTranslations('provider')
  const { address } = useWallet().connection
  const identity = useOcnRead(network, ['identity', address], address ? (ctx) => import('@/lib/ocn/reads').then(({ readIdentity }) => readIdentity(ctx, address)) : null)
  const service = identity.data?.service
  const [justDeleted, setJustDeleted] = useState(false)
  // Each delete starts the editor afresh: the deleted listing's text is not offered as the next one.
  const [deletions, setDeletions] = useState(0)
  const subscribers = useOcnRead(network, ['subscribers', address], address && service ? (ctx) => import('@/lib/ocn/reads').then(({ readAgreeingParties }) => readAgreeingParties(ctx, address)) : null)
  const page = usePageParam()
  const serviceEditor = useRef<ServiceEditorHandle>(null)

  if (!address) return <EmptyState title={t('connectTitle')} text={t('connectText')} />
  if (identity.isPending) return <p aria-busy="true" className="h-32 animate-pulse rounded-xl bg-slate-200 dark:bg-slate-800"><span className="sr-only">{t('loading')}</span></p>
  if (identity.isError) return <InlineReadError what={t('readWhat')} onRetry={() => identity.refetch()} />
  if (!identity.data.party) {
    return (
      <div data-testid="provider-prerequisite" className="rounded-xl bg-white p-5 ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800">
        <h2 className="font-medium">{t('needsIdentityTitle')}</h2>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t('needsIdentityText')}</p>
        {/* The page's one action without an identity: where to get one. */}
        <div data-testid="main-action" className="mt-3">
          <AppLink href="/identity" data-testid="identity-pointer" className="inline-flex min-h-6 items-center rounded-lg bg-indigo-600 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-500">
            {t('needsIdentityLink')}
          </AppLink>
        </div>
      </div>
    )
  }

  return (
    <div className="space-y-10">
      {justDeleted && !service && (
        <p role="status" data-testid="service-deleted" className="rounded-xl bg-emerald-50 p-4 text-sm text-emerald-900 dark:bg-emerald-950/40 dark:text-emerald-200">
          {t('deleted')}
        </p>
      )}
      <ServiceEditor ref={serviceEditor} key={`${address}:${deletions}`} network={network} account={address} identity={identity.data} />
      <Suspense fallback={<p aria-busy="true" className="h-32 animate-pulse rounded-xl bg-slate-200 dark:bg-slate-800"><span className="sr-only">{t('loading')}</span></p>}>
        <ManifestEditor key={address} network={network} account={address} identity={identity.data} onUseUrl={(url) => serviceEditor.current?.takeUrl(url) ?? false} />
      </Suspense>
      {service && (
        <>
          <section aria-labelledby="subscribers-title" className="space-y-3">
            <div className="flex flex-wrap items-baseline justify-between gap-3">
              <h2 id="subscribers-title" className="text-lg font-semibold">
                {t('subscribers')} {subscribers.data && <span className="text-sm font-normal text-slate-600 dark:text-slate-400">{t('subscriberCount', { count: subscribers.data.length })}</span>}
              </h2>
              <CsvExportLink href={`/api/history/services/${address}/subscribers.csv`} testId="export-subscribers-csv">
                {t('exportSubscribers')}
              </CsvExportLink>
            </div>
            {subscribers.data ? <AgreeingParties parties={pageOf(subscribers.data, page, LIST_PAGE_SIZE)} pathname="/provider" /> : <p aria-busy="true" className="h-12 animate-pulse rounded-xl bg-slate-200 dark:bg-slate-800"><span className="sr-only">{t('loading')}</span></p>}
          </section>
          <DeleteService
            key={address}
            network={network}
            account={address}
            onDeleted={() => {
              clearDraft(localStorage, serviceDraftKey(network.chainId, address))
              setDeletions((n) => n + 1)
              setJustDeleted(true)
            }}
          />
        </>
      )}
    </div>
  )
}
