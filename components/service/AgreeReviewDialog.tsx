'use client'

import { useTranslations } from 'next-intl'
import { type ReactNode, useEffect, useRef, useState } from 'react'
import { explorerAddressUrl, type Network } from '@/lib/chain/networks'
import { useManifestResult } from '@/lib/hooks/useManifestResult'
import { manifestTerms } from '@/lib/manifest/display'
import { formatCredentials } from '@/lib/ocn/codecs'
import type { Lookalike } from '@/lib/ocn/lookalikes'
import { permissionExplanation, permissionLabel, permissionValueLabel } from '@/lib/ocn/catalog'
import { catchAllReach, catchAllText, reviewPermissions, unknownPermissionExplanation } from '@/lib/ocn/permission-review'
import type { Party, Service } from '@/lib/ocn/reads'
import { isBusy, type TxState } from '@/lib/tx/lifecycle'
import type { WriteAction } from '@/lib/writes/action'
import { agreeAction } from '@/lib/writes/agree'
import { SignForRelay } from '@/components/signing/SignForRelay'
import { TxStatus } from '@/components/tx/TxStatus'
import { AddressTag } from '@/components/ui/AddressTag'
import { UntrustedText } from '@/components/ui/UntrustedText'
import { CatchAllWarning } from './CatchAllWarning'
import { ReviewManifest } from './ReviewManifest'
import { LookalikeFlags } from './LookalikeFlags'
import { ServiceUrl } from './ServiceUrl'

type Props = {
  network: Network
  service: Service
  /** The provider's listing as read with the party's standing: who receives the copies, and through which node. */
  provider: Party
  lookalikes: readonly Lookalike[]
  party: Party
  state: TxState
  /** Signs what this review showed: the action it was built from, not one rebuilt elsewhere. */
  onAgree: (action: WriteAction) => void
  onClose: () => void
  /** The wallet switched account or network while this review was open: it now stands for the new one. */
  accountSwitched?: boolean
}

const TERM = 'text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400'
const mono = (chunks: ReactNode) => <strong className="font-mono">{chunks}</strong>

/** What the user is about to sign, all of it, in plain words, before the wallet opens. */
export function AgreeReviewDialog({ network, service, provider, lookalikes, party, state, onAgree, onClose, accountSwitched = false }: Props) {
  const t = useTranslations()
  const ref = useRef<HTMLDialogElement>(null)
  const [catchAllConfirmed, setCatchAllConfirmed] = useState(false)
  const [termsConfirmed, setTermsConfirmed] = useState(false)
  // The same check the page shows (already answered there, so no request unless the page is still checking).
  const manifest = useManifestResult(network, service.url)
  const terms = manifestTerms(manifest.result)
  const termsNeeded = terms !== null && terms.committed
  // Until the check answers, nobody knows whether there are terms to confirm: Agree waits (bounded by its re-checks).
  const manifestChecking = (!manifest.result || manifest.result.state === 'pending') && !manifest.gaveUp && !manifest.error
  const permissions = reviewPermissions(service.permissions)
  const reach = catchAllReach(service.permissions)
  const personal = permissions.some((p) => p.known && p.permission.personalData)
  const providerName = formatCredentials(provider)
  const busy = isBusy(state)
  const unconfirmed = manifestChecking || (reach !== null && !catchAllConfirmed) || (termsNeeded && !termsConfirmed)
  const action = agreeAction(network, { user: party.address, party, provider, service, termsUrl: termsNeeded && termsConfirmed ? terms.url : null }, t)
  const { summary } = action

  useEffect(() => {
    ref.current?.showModal()
  }, [])

  return (
    <dialog
      ref={ref}
      aria-labelledby="review-title"
      onClose={onClose}
      onCancel={(e) => busy && e.preventDefault()}
      className="m-auto w-full max-w-2xl rounded-xl bg-white p-6 text-slate-900 shadow-xl backdrop:bg-slate-900/50 dark:bg-slate-900 dark:text-slate-100"
    >
      <h2 id="review-title" className="text-lg font-semibold">
        {t('service.review.title')}
      </h2>
      {accountSwitched && (
        <p role="status" data-testid="review-account-switched" className="mt-2 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950/50 dark:text-amber-200">
          {t('service.review.switched', { party: formatCredentials(party) })}
        </p>
      )}
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300" data-testid="review-summary">
        {t.rich('service.review.summary', {
          party: formatCredentials(party),
          provider: providerName,
          service: () => <UntrustedText value={service.name} max={80} />,
          mono,
          strong: (chunks) => <strong>{chunks}</strong>,
        })}
      </p>
      {lookalikes.length > 0 && (
        <div className="mt-3">
          <LookalikeFlags flags={lookalikes} />
        </div>
      )}

      {/* The URL is not a term and its definition: it sits beside the list, in the same box. */}
      <div className="mt-3 space-y-2 rounded-lg bg-slate-50 p-3 text-sm dark:bg-slate-800" data-testid="review-provider">
        <dl className="grid gap-2 sm:grid-cols-2">
          <div>
            <dt className={TERM}>{t('service.review.provider')}</dt>
            <dd className="font-mono">{providerName}</dd>
          </div>
          <div>
            <dt className={TERM}>{t('service.review.providerNode')}</dt>
            <dd className="font-mono [overflow-wrap:anywhere]">
              <UntrustedText value={provider.nodeDomain} max={80} empty={t('service.provider.none')} />
            </dd>
          </div>
          <div className="sm:col-span-2">
            <dt className={TERM}>{t('service.review.providerIdentity')}</dt>
            <dd>
              <AddressTag address={service.provider} explorerUrl={explorerAddressUrl(network, service.provider)} full />
            </dd>
          </div>
        </dl>
        <ServiceUrl url={service.url} max={80} />
      </div>

      <ReviewManifest check={manifest} terms={terms} confirmed={termsConfirmed} onConfirm={setTermsConfirmed} />

      <p className="mt-3 text-sm text-slate-700 dark:text-slate-300">
        {t.rich('service.review.fromThen', {
          provider: providerName,
          node: () => <UntrustedText value={party.nodeDomain} max={60} />,
          mono: (chunks) => <span className="font-mono">{chunks}</span>,
        })}
      </p>
      <div className="mt-3">
        <CatchAllWarning permissions={service.permissions} />
      </div>
      <ul className="mt-3 space-y-2" data-testid="review-permissions">
        {permissions.map((p) => (
          <li key={p.value.toString()} data-known={p.known} className="rounded-lg bg-slate-50 px-3 py-2 text-sm dark:bg-slate-800">
            <span className="font-medium [overflow-wrap:anywhere]">{p.known ? permissionLabel(p.permission, t) : permissionValueLabel(p.value, t)}</span>
            {p.known && <code className="ml-2 text-xs text-slate-600 dark:text-slate-400">{p.permission.name}</code>}
            {p.count > 1 && <span className="ml-2 text-xs text-slate-600 dark:text-slate-400">×{p.count}</span>}
            {p.known && p.permission.personalData && <span className="ml-2 rounded bg-amber-200 px-1 text-[10px] uppercase text-amber-900">{t('service.permissions.personalData')}</span>}
            <span className="block text-slate-600 dark:text-slate-400">{p.known ? permissionExplanation(p.permission, t) : unknownPermissionExplanation(p, t)}</span>
            {p.count > 1 && <span className="block text-xs text-slate-600 dark:text-slate-400">{t('service.permissions.listedTimes', { count: p.count })}</span>}
          </li>
        ))}
      </ul>
      {personal && (
        <p className="mt-3 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950/50 dark:text-amber-200">
          {t('service.review.personalNote', { provider: providerName })}
        </p>
      )}
      <details className="mt-3 text-sm" open>
        <summary className="cursor-pointer font-medium">{t('service.review.onChain')}</summary>
        <ul className="mt-1 list-disc space-y-1 pl-5 text-slate-700 dark:text-slate-300" data-testid="review-changes">
          {summary.changes.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <ul className="mt-1 list-disc space-y-1 pl-5 text-slate-700 dark:text-slate-300" data-testid="review-not-done">
          {summary.notDone.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </details>
      {reach && (
        <label className="mt-4 flex items-start gap-2 rounded-lg bg-red-50 p-3 text-sm text-red-900 dark:bg-red-950/40 dark:text-red-200">
          <input type="checkbox" className="mt-0.5" checked={catchAllConfirmed} onChange={(e) => setCatchAllConfirmed(e.target.checked)} />
          <span>{catchAllText(reach, t).confirm}</span>
        </label>
      )}
      <div className="mt-4">
        <TxStatus state={state} network={network} confirmedText={t('service.review.confirmed')} />
      </div>
      {state.status !== 'confirmed' && (
        <div className="mt-4">
          {/* The same boxes to tick as Agree: a signature agrees just as the transaction would. */}
          <SignForRelay network={network} steps={action.steps} account={party.address} disabled={busy || unconfirmed} />
        </div>
      )}
      <div className="mt-4 flex justify-end gap-2">
        <button type="button" disabled={busy} onClick={() => ref.current?.close()} className="rounded-lg px-3 py-1.5 text-sm ring-1 ring-slate-300 disabled:opacity-60 dark:ring-slate-700">
          {state.status === 'confirmed' ? t('service.review.close') : t('service.review.cancel')}
        </button>
        {state.status !== 'confirmed' && (
          <button
            type="button"
            disabled={busy || unconfirmed}
            onClick={() => onAgree(action)}
            className="rounded-lg bg-indigo-600 px-4 py-1.5 text-sm font-medium text-white hover:bg-indigo-500 disabled:opacity-60"
          >
            {state.status === 'awaiting-signature' ? t('service.review.inWallet') : state.status === 'pending' ? t('service.review.waiting') : t('service.review.agree')}
          </button>
        )}
      </div>
    </dialog>
  )
}
