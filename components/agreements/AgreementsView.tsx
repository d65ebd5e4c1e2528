'use client'

import { AppLink } from '@/components/ui/AppLink'
import dynamic from 'next/dynamic'
import { useTranslations } from 'next-intl'
import { useEffect, useRef, useState } from 'react'
import type { Address } from 'viem'
import type { Network } from '@/lib/chain/networks'
import { useWallet } from '@/lib/hooks/useWallet'
import { shortAddress } from '@/lib/format'
import { useOcnRead } from '@/lib/hooks/useOcnQuery'
import { useWriteAction } from '@/lib/hooks/useWriteAction'
import { formatCredentials } from '@/lib/ocn/codecs'
import type { Agreement } from '@/lib/ocn/reads'
import { revokeActionKey } from '@/lib/tx/action-keys'
import { EmptyState } from '@/components/ui/EmptyState'
import { InlineReadError } from '@/components/ui/InlineReadError'
import { RefreshButton } from '@/components/ui/RefreshButton'
import { UntrustedFullText } from '@/components/ui/UntrustedFullText'
import { UntrustedText } from '@/components/ui/UntrustedText'
import { PermissionChips } from '@/components/service/PermissionChips'
import { StepList } from '@/components/tx/StepList'
import { useWriteGuard } from '@/lib/hooks/useWriteGuard'
import { GuardedAction } from '@/components/ui/GuardedAction'
import { useAgreementHistory } from '@/lib/hooks/useAgreementHistory'
import { splitPeriods } from '@/lib/history/periods'
import { CsvExportLink } from './CsvExportLink'
import { IdentityPointer } from './IdentityPointer'
import { HistoryNotice } from './HistoryNotice'

// The revoke dialog and its write path load when a visitor starts to revoke.
const RevokeDialog = dynamic(() => import('./RevokeDialog').then((module) => module.RevokeDialog), { ssr: false })
// History arrives after the chain's agreements, from the indexer: its views load with it, not with the page.
const AgreedOn = dynamic(() => import('./AgreedOn').then((module) => module.AgreedOn), { ssr: false })
const AgreementSince = dynamic(() => import('./AgreementSince').then((module) => module.AgreementSince), { ssr: false })
const PastAgreements = dynamic(() => import('./PastAgreements').then((module) => module.PastAgreements), { ssr: false })

/** Where focus goes when the revoke dialog closes: back to what opened it, or to what the revokes did. */
type FocusAfter = { to: 'opener' | 'outcome'; opener: HTMLElement | null }

export function AgreementsView({ network }: { network: Network }) {
  const t = useTranslations('agreements')
  const { address } = useWallet().connection
  const agreements = useOcnRead(network, ['agreements', address], address ? (ctx) => import('@/lib/ocn/reads').then(({ readAgreements }) => readAgreements(ctx, address)) : null)
  // Revoking needs the party listed (the contract refuses otherwise): read once, for the guard of every revoke.
  const party = useOcnRead(network, ['party', address], address ? (ctx) => import('@/lib/ocn/reads').then(({ readParty }) => readParty(ctx, address)) : null)
  const guard = useWriteGuard(network, 'revoke', { party: party.data, listed: true, agreed: true })
  const [selected, setSelected] = useState<Address[]>([])
  const [revoking, setRevoking] = useState<{ user: Address; agreements: Agreement[] } | null>(null)
  // The revokes' progress is shown here too, so one sent before a reload is seen to its end after it.
  const revokes = useWriteAction(network, address ? revokeActionKey(address) : null)
  // Dates and change flags come from the indexer; the agreements and their revoke never wait for it.
  const history = useAgreementHistory(network, address)
  const focusAfter = useRef<FocusAfter | null>(null)
  const outcome = useRef<HTMLElement>(null)
  const count = useRef<HTMLParagraphElement>(null)
  const opener = useRef<HTMLElement | null>(null)

  // Once the dialog has closed and the page shows what it did.
  useEffect(() => {
    const after = focusAfter.current
    if (revoking || !after) return
    focusAfter.current = null
    // The opener may be gone (its agreement revoked, the row re-rendered): the list's count is next to it.
    const target = after.to === 'outcome' ? outcome.current : after.opener?.isConnected ? after.opener : null
    ;(target ?? count.current)?.focus()
  }, [revoking])

  const openRevoke = (chosen: Agreement[]) => {
    if (!address) return
    focusAfter.current = null
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
    setRevoking({ user: address, agreements: chosen })
  }

  // Agreements chosen with one account are never revoked with another: a wallet switch closes the dialog.
  if (revoking && revoking.user !== address) {
    setRevoking(null)
    setSelected([])
  }

  if (!address) return <EmptyState title={t('connectTitle')} text={t('connectText')} />
  // An empty list waits for the party too: it decides between "no agreements" and "no OCN identity yet".
  if (agreements.isPending || (agreements.data?.length === 0 && party.isPending)) {
    return <p aria-busy="true" aria-label={t('loading')} className="h-24 animate-pulse rounded-xl bg-slate-200 dark:bg-slate-800" />
  }
  if (agreements.isError) return <InlineReadError what={t('readWhat')} onRetry={() => agreements.refetch()} />

  const list = agreements.data
  const revocable = list.filter((a) => a.service)
  const toggle = (provider: Address) => setSelected((s) => (s.includes(provider) ? s.filter((p) => p !== provider) : [...s, provider]))
  const chosen = revocable.filter((a) => selected.includes(a.provider))
  const allChosen = revocable.length > 0 && chosen.length === revocable.length
  const periods = history.data?.state === 'ready' ? splitPeriods(history.data.periods) : null

  return (
    <div className="space-y-3" data-testid="history" data-state={history.data?.state}>
      <div className="flex flex-wrap items-center gap-3">
        {revocable.length > 1 && (
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" className="size-6 sm:size-4" checked={allChosen} onChange={() => setSelected(allChosen ? [] : revocable.map((a) => a.provider))} />
            {t('selectAll')}
          </label>
        )}
        <p ref={count} tabIndex={-1} className="text-sm text-slate-600 dark:text-slate-400" data-testid="agreement-count">
          {t('count', { count: list.length })}
        </p>
        {chosen.length > 1 && <GuardedAction guard={guard} label={t('revokeSelected', { count: chosen.length })} variant="danger" onRun={() => openRevoke(chosen)} blocked="disable" />}
        <div className="ml-auto flex items-center gap-3">
          {/* Offered once the history is there: the route refuses while it is not, with nothing else to offer. */}
          {history.data?.state === 'ready' && (
            <CsvExportLink href={`/api/history/parties/${address}/agreements.csv`} testId="export-agreements-csv">
              {t('exportCsv')}
            </CsvExportLink>
          )}
          <RefreshButton refreshing={agreements.isFetching} failed={false} onRefresh={() => agreements.refetch()} />
        </div>
      </div>
      <HistoryNotice history={history.data} pending={history.isPending} networkName={network.name} />
      {!revoking && revokes.steps.length > 0 && (
        <section ref={outcome} tabIndex={-1} aria-label={t('revokesLabel')} data-testid="revoke-progress">
          <StepList steps={revokes.steps} network={network} />
        </section>
      )}
      {list.length === 0 && party.data === null ? (
        <IdentityPointer />
      ) : list.length === 0 ? (
        <EmptyState
          title={t('emptyTitle')}
          text={t.rich('emptyText', {
            link: (text) => (
              <AppLink href="/services" className="text-indigo-700 underline dark:text-indigo-300">
                {text}
              </AppLink>
            ),
          })}
        />
      ) : (
        <ul className="space-y-3" data-testid="my-agreements">
          {list.map((agreement) => {
            const period = periods?.active.get(agreement.provider.toLowerCase())
            return (
              <li key={agreement.provider} data-testid="agreement" data-provider={agreement.provider} className="rounded-xl bg-white p-4 ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800">
                {agreement.service ? (
                  <div className="flex flex-wrap items-start gap-3">
                    <input
                      type="checkbox"
                      className="mt-1 size-6 sm:mt-1.5 sm:size-4"
                      aria-label={t('select', { name: agreement.service.name.slice(0, 80) || agreement.provider })}
                      checked={selected.includes(agreement.provider)}
                      onChange={() => toggle(agreement.provider)}
                    />
                    <div className="min-w-0 flex-1">
                      <AppLink href={`/services/${agreement.provider}`} className="font-semibold hover:underline" data-testid="agreement-name">
                        <UntrustedText value={agreement.service.name} max={80} expandable={false} />
                      </AppLink>
                      <UntrustedFullText value={agreement.service.name} max={80} />
                      {agreement.service.party && <span className="ml-2 font-mono text-xs text-slate-500">{formatCredentials(agreement.service.party)}</span>}
                      <div className="mt-2">
                        <PermissionChips permissions={agreement.service.permissions} />
                      </div>
                      {period && <AgreementSince agreement={agreement} period={period} />}
                    </div>
                    <GuardedAction guard={guard} label={t('revoke')} variant="danger-outline" onRun={() => openRevoke([agreement])} blocked="disable" />
                  </div>
                ) : (
                  <div data-testid="withdrawn-agreement" className="text-sm">
                    <p>
                      <span className="font-mono">{shortAddress(agreement.provider)}</span>{' '}
                      <span className="rounded bg-slate-200 px-1.5 py-0.5 text-xs dark:bg-slate-800">{t('withdrawn')}</span>
                    </p>
                    {period && <AgreedOn period={period} />}
                    <p className="mt-1 text-slate-600 dark:text-slate-400">{t('withdrawnNote')}</p>
                  </div>
                )}
              </li>
            )
          })}
        </ul>
      )}
      {history.data?.state === 'ready' && periods && <PastAgreements network={network} periods={periods.past} names={history.data.names} complete={history.data.complete} />}
      {revoking && (
        <RevokeDialog
          network={network}
          user={revoking.user}
          agreements={revoking.agreements}
          onClose={(started) => {
            setRevoking(null)
            setSelected([])
            focusAfter.current = { to: started ? 'outcome' : 'opener', opener: opener.current }
          }}
        />
      )}
    </div>
  )
}
