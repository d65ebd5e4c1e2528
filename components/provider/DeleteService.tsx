'use client'

import { useTranslations } from 'next-intl'
import { useState } from 'react'
import type { Address } from 'viem'
import type { Network } from '@/lib/chain/networks'
import { useWriteAction } from '@/lib/hooks/useWriteAction'
import { listingActionKey } from '@/lib/tx/action-keys'
import { useWriteReview } from '@/lib/hooks/useWriteReview'
import type { WriteAction } from '@/lib/writes/action'
import { StepList } from '@/components/tx/StepList'
import { WriteReview } from '@/components/tx/WriteReview'

const CONFIRMATION = 'delete'

/** Withdrawing a listing is far-reaching: it takes a typed confirmation, then the review. */
export function DeleteService({ network, account, onDeleted }: { network: Network; account: Address; onDeleted: () => void }) {
  const t = useTranslations()
  const sequence = useWriteAction(network, listingActionKey('delete', account))
  const reviewing = useWriteReview()
  const [typed, setTyped] = useState('')

  const sign = async (action: WriteAction) => {
    const outcome = await sequence.run(action.steps)
    reviewing.close()
    if (outcome === 'confirmed') onDeleted()
  }

  return (
    <section aria-labelledby="delete-title" className="space-y-3 rounded-xl bg-red-50 p-4 text-sm ring-1 ring-red-200 dark:bg-red-950/30 dark:ring-red-900">
      <h2 id="delete-title" className="font-semibold text-red-900 dark:text-red-200">
        Delete the service
      </h2>
      <p className="text-red-900 dark:text-red-200">
        This is the one action that stops every OCN node from forwarding data to your service, including for parties
        that revoked. Agreements stay on chain: if you list a service again later, every old agreement is active again
        at once.
      </p>
      <label className="block">
        Type <strong>{CONFIRMATION}</strong> to confirm
        <input
          className="mt-1 w-full rounded-lg border border-red-300 bg-white px-3 py-1.5 dark:border-red-800 dark:bg-slate-900"
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          disabled={reviewing.action !== null}
          autoComplete="off"
        />
      </label>
      {!reviewing.action && (
        <button
          type="button"
          disabled={typed.trim().toLowerCase() !== CONFIRMATION || sequence.busy}
          onClick={() => void reviewing.open(() => import('@/lib/writes/delete-listing').then(({ deleteListingAction }) => deleteListingAction(network, account, t)))}
          className="rounded-lg bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-600 disabled:opacity-60"
        >
          Delete service
        </button>
      )}
      <WriteReview network={network} account={account} review={reviewing} busy={sequence.busy} onConfirm={(action) => void sign(action)} confirmLabel="Delete the service on chain" destructive />
      <StepList steps={sequence.steps} network={network} />
    </section>
  )
}
