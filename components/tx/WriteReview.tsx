'use client'

import { useTranslations } from 'next-intl'
import dynamic from 'next/dynamic'
import { type ReactNode, useEffect, useId, useRef } from 'react'
import type { Address } from 'viem'
import type { Network } from '@/lib/chain/networks'
import { useWallet } from '@/lib/hooks/useWallet'
import type { WriteReviewState } from '@/lib/hooks/useWriteReview'
import type { WriteAction } from '@/lib/writes/action'

// Loads with an open review, not with the page: the pages that hold a review keep their first-load budget.
const SignForRelay = dynamic(() => import('@/components/signing/SignForRelay').then((module) => module.SignForRelay), { ssr: false })

type Props = {
  review: WriteReviewState
  /** A write of this action is under way: the buttons wait for it. */
  busy: boolean
  onConfirm: (action: WriteAction) => void
  /** Called after the review closes without signing. */
  onCancel?: () => void
  confirmLabel?: string
  cancelLabel?: string
  /** What must happen first (e.g. a box to tick) before the wallet may open. */
  confirmDisabled?: boolean
  destructive?: boolean
  /** The confirm button's test id, where a page's own tests drive it (e.g. the relay page's submit). */
  confirmTestId?: string
  /** Shown between the summary and the buttons, e.g. a diff. */
  children?: ReactNode
  /** Given: the review also offers to sign the action for someone else to submit (when every step has a raw twin). */
  network?: Network
  /** The account the action was built for; the connected one when not given. */
  account?: Address
}

const BUTTON = 'rounded-lg px-4 py-1.5 text-sm font-medium text-white disabled:opacity-60'

/** What an action will do, said before the wallet opens: what changes, what data flows to whom, what it does not do. */
export function WriteReview({ review, busy, onConfirm, onCancel, confirmLabel, cancelLabel, confirmDisabled = false, destructive = false, confirmTestId, children, network, account }: Props) {
  const t = useTranslations()
  const titleId = useId()
  const connected = useWallet().connection.address
  const ref = useRef<HTMLElement>(null)
  // The control that opened the review, to go back to when it is cancelled.
  const opener = useRef<HTMLElement | null>(null)
  const { action, error } = review

  // Moved to on open, so a keyboard or screen-reader user lands on what they are about to sign.
  useEffect(() => {
    if (!action) return
    const active = document.activeElement
    if (active instanceof HTMLElement && !ref.current?.contains(active)) opener.current = active
    ref.current?.focus()
  }, [action])

  if (error) {
    return (
      <p role="alert" data-testid="write-review-error" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950/50 dark:text-red-300">
        {error}
      </p>
    )
  }
  if (!action) return null
  const { summary } = action
  const sections = [
    { heading: t('tx.review.changes'), items: summary.changes, testId: 'review-changes' },
    { heading: t('tx.review.dataFlow'), items: summary.dataFlow, testId: 'review-data-flow' },
    { heading: t('tx.review.notDone'), items: summary.notDone, testId: 'review-not-done' },
  ]
  return (
    <section
      ref={ref}
      tabIndex={-1}
      aria-labelledby={titleId}
      data-testid="write-review"
      className="space-y-3 rounded-xl p-4 text-sm ring-1 ring-amber-300 outline-none focus-visible:ring-2 dark:ring-amber-800"
    >
      <h3 id={titleId} className="font-semibold [overflow-wrap:anywhere]">
        {t('tx.review.title', { title: summary.title })}
      </h3>
      {sections.map(
        ({ heading, items, testId }) =>
          items.length > 0 && (
            <div key={testId}>
              <h4 className="text-xs font-semibold uppercase tracking-wide text-slate-500">{heading}</h4>
              <ul data-testid={testId} className="mt-1 list-disc space-y-1 pl-5 [overflow-wrap:anywhere]">
                {items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            </div>
          ),
      )}
      {children}
      {network && <SignForRelay network={network} steps={action.steps} account={account ?? connected} disabled={busy || confirmDisabled} />}
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          disabled={busy || confirmDisabled}
          data-testid={confirmTestId}
          onClick={() => onConfirm(action)}
          className={`${BUTTON} ${destructive ? 'bg-red-700 hover:bg-red-600' : 'bg-indigo-600 hover:bg-indigo-500'}`}
        >
          {confirmLabel ?? t('tx.review.confirm')}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => {
            review.close()
            onCancel?.()
            // Back to where the user was; the opener may be gone (a step that changed), then focus stays put.
            const back = opener.current
            if (back?.isConnected) requestAnimationFrame(() => back.focus())
          }}
          className="rounded-lg px-3 py-1.5 text-sm ring-1 ring-slate-300 disabled:opacity-60 dark:ring-slate-700">
          {cancelLabel ?? t('tx.review.cancel')}
        </button>
      </div>
    </section>
  )
}
