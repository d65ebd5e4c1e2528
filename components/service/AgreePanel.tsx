'use client'

import { useTranslations } from 'next-intl'
import dynamic from 'next/dynamic'
import { useEffect, useRef, useState } from 'react'
import type { Address } from 'viem'
import type { Network } from '@/lib/chain/networks'
import { useWallet } from '@/lib/hooks/useWallet'
import { useOcnRead } from '@/lib/hooks/useOcnQuery'
import { useWriteAction } from '@/lib/hooks/useWriteAction'
import type { Lookalike } from '@/lib/ocn/lookalikes'
import type { Service } from '@/lib/ocn/reads'
import { isBusy } from '@/lib/tx/lifecycle'
import { guardWrite } from '@/lib/writes/guard'
import { GuardedAction } from '@/components/ui/GuardedAction'
import { TxStatus } from '@/components/tx/TxStatus'
import { agreementKey } from '@/lib/tx/action-keys'

// The review and its write path load when a visitor opens the review, not with the service page.
const AgreeReviewDialog = dynamic(() => import('./AgreeReviewDialog').then((module) => module.AgreeReviewDialog), { ssr: false })

/** The account (and wallet network) a review was opened for. */
type Review = { account: Address; chainId: number | undefined; round: number; switched: boolean }

/** Where a party agrees to the service: says why it cannot yet, or opens the review before signing. */
export function AgreePanel({ network, service, lookalikes }: { network: Network; service: Service; lookalikes: readonly Lookalike[] }) {
  const t = useTranslations()
  const { address, chainId } = useWallet().connection
  const opener = useRef<HTMLElement | null>(null)
  const outcome = useRef<HTMLDivElement>(null)
  const standing = useOcnRead(network, ['standing', address, service.provider], address ? (ctx) => import('@/lib/ocn/reads').then(({ readStanding }) => readStanding(ctx, address, service.provider)) : null)
  const agreeKey = address ? agreementKey('agree', address, service.provider) : null
  const tx = useWriteAction(network, agreeKey)
  const [review, setReview] = useState<Review | null>(null)
  // The standing holds the provider's listing as of now; before it arrives, the listing the page was rendered with.
  const guard = guardWrite('agree', {
    network,
    wallet: { connected: !!address, chainId },
    party: standing.data?.party,
    agreed: standing.data?.agreed,
    provider: standing.data ? standing.data.provider : service.party,
  }, t)
  const pendingOutsideDialog = !review && tx.state.status === 'pending'
  const round = review?.round ?? 0
  const { reset } = tx
  // A review started over clears the last outcome; after the render, since the write store is shared.
  useEffect(() => {
    if (round > 0) reset()
  }, [round, reset])

  // The wallet switched account or network during the review: it starts over for the new account (never signing
  // for the one reviewed before), or closes when that account cannot agree. A network switch the write itself
  // asked for (busy) is no reason to start over.
  if (review && address && (review.account !== address || (review.chainId !== chainId && !isBusy(tx.state)))) {
    setReview({ account: address, chainId, round: review.round + 1, switched: true })
  } else if (review && (!address || (standing.data && !standing.data.party))) {
    setReview(null)
  } else if (review && review.chainId !== chainId) {
    setReview({ ...review, chainId })
  }

  return (
    <section id="agree" aria-labelledby="agree-title" className="space-y-3 rounded-xl bg-indigo-50 p-4 text-sm ring-1 ring-indigo-200 dark:bg-indigo-950/40 dark:ring-indigo-900">
      <h2 id="agree-title" className="font-semibold">
        {t('service.agree.title')}
      </h2>
      <p className="text-slate-700 dark:text-slate-300">{t('service.agree.intro')}</p>
      {/* The page's main action (phones keep it within the first screen); focus lands here after a write. */}
      <div ref={outcome} tabIndex={-1} data-testid="main-action" className="space-y-2 rounded-lg outline-offset-4">
        {pendingOutsideDialog ? (
          <TxStatus state={tx.state} network={network} confirmedText="" />
        ) : (
          <GuardedAction
            guard={guard}
            label={t('service.agree.button')}
            testId="agree-status"
            className="w-full"
            onRun={() => {
              opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
              tx.reset()
              setReview({ account: address!, chainId, round: 0, switched: false })
            }}
          />
        )}
      </div>
      {standing.isError && (
        <p role="alert" className="text-red-700 dark:text-red-400">
          {t('service.agree.standingError')}{' '}
          <button type="button" className="min-h-6 underline" onClick={() => standing.refetch()}>
            {t('service.agree.retry')}
          </button>
        </p>
      )}
      {review && standing.data?.party && standing.data.provider && (
        <AgreeReviewDialog
          key={review.round}
          accountSwitched={review.switched}
          network={network}
          service={service}
          provider={standing.data.provider}
          lookalikes={lookalikes}
          party={standing.data.party}
          state={tx.state}
          onAgree={(action) => void tx.run(action.steps)}
          onClose={() => {
            setReview(null)
            // A cancelled review hands focus back to its button (if it is still there); a write, to the panel's
            // action area, which now says how it went. (The close event comes after the browser's own restore.)
            const back = opener.current
            if (tx.state.status !== 'confirmed' && back?.isConnected) back.focus()
            else outcome.current?.focus()
          }}
        />
      )}
    </section>
  )
}
