'use client'

import { useTranslations } from 'next-intl'
import { useEffect, useRef } from 'react'
import type { Address } from 'viem'
import type { Network } from '@/lib/chain/networks'
import { useWriteAction } from '@/lib/hooks/useWriteAction'
import { formatCredentials } from '@/lib/ocn/codecs'
import type { Agreement } from '@/lib/ocn/reads'
import { cleanText } from '@/lib/ocn/untrusted'
import { agreementKey, revokeActionKey } from '@/lib/tx/action-keys'
import { IDLE } from '@/lib/tx/lifecycle'
import { revokeAction } from '@/lib/writes/revoke'
import { SignForRelay } from '@/components/signing/SignForRelay'
import { TxStatus } from '@/components/tx/TxStatus'

type Props = { network: Network; user: Address; agreements: Agreement[]; onClose: () => void }

const nameOf = ({ provider, service }: Agreement) => (service ? cleanText(service.name, 80).text || '(no name)' : provider)

/** Revokes one or several agreements, one wallet prompt at a time, with each one's progress in view. */
export function RevokeDialog({ network, user, agreements, onClose }: Props) {
  const t = useTranslations()
  const ref = useRef<HTMLDialogElement>(null)
  const tx = useWriteAction(network, revokeActionKey(user))
  const { reset } = tx
  const stateOf = (provider: Address) => tx.steps.find((s) => s.key === agreementKey('revoke', user, provider))?.state ?? IDLE
  const doneCount = agreements.filter((a) => stateOf(a.provider).status === 'confirmed').length
  const done = doneCount === agreements.length
  const started = agreements.some((a) => stateOf(a.provider).status !== 'idle')
  const action = revokeAction(network, user, agreements.map(({ provider, service }) => ({ provider, name: service?.name ?? provider })), t)

  useEffect(() => {
    // A new choice of agreements starts from a clean slate; a revoke still pending stays (reset keeps it).
    reset()
    ref.current?.showModal()
  }, [reset])

  // Bound to the account the agreements were chosen with; the runner refuses if the wallet switched since.
  const revokeAll = () => tx.run(action.steps, { account: user, independent: true })

  return (
    <dialog
      ref={ref}
      aria-labelledby="revoke-title"
      onClose={onClose}
      onCancel={(e) => tx.busy && e.preventDefault()}
      className="m-auto w-full max-w-xl rounded-xl bg-white p-6 text-slate-900 shadow-xl backdrop:bg-slate-900/50 dark:bg-slate-900 dark:text-slate-100"
    >
      <h2 id="revoke-title" className="text-lg font-semibold">
        {action.summary.title}
      </h2>
      <div className="mt-2 space-y-2 rounded-lg bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950/40 dark:text-amber-200" data-testid="revoke-warning">
        {[...action.summary.changes, ...action.summary.notDone].map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      {agreements.length > 1 && started && (
        <p data-testid="tx-progress" className="mt-4 text-sm text-slate-600 dark:text-slate-400">
          {doneCount} of {agreements.length} done
        </p>
      )}
      <ul className="mt-4 space-y-2">
        {agreements.map((agreement) => (
          <li key={agreement.provider} data-testid="revoke-item" className="rounded-lg bg-slate-50 px-3 py-2 text-sm dark:bg-slate-800">
            <p className="font-medium">
              {nameOf(agreement)}
              {agreement.service?.party && <span className="ml-2 font-mono text-xs text-slate-500">{formatCredentials(agreement.service.party)}</span>}
            </p>
            <TxStatus state={stateOf(agreement.provider)} network={network} confirmedText="Revoked." />
          </li>
        ))}
      </ul>
      {!started && (
        <div className="mt-4">
          <SignForRelay network={network} steps={action.steps} account={user} />
        </div>
      )}
      <div className="mt-4 flex justify-end gap-2">
        <button type="button" disabled={tx.busy} onClick={() => ref.current?.close()} className="rounded-lg px-3 py-1.5 text-sm ring-1 ring-slate-300 disabled:opacity-60 dark:ring-slate-700">
          {done ? 'Close' : 'Cancel'}
        </button>
        {!done && (
          <button
            type="button"
            disabled={tx.busy || !tx.ready}
            onClick={() => void revokeAll()}
            className="rounded-lg bg-red-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-red-600 disabled:opacity-60"
          >
            {tx.busy ? 'Revoking…' : agreements.length === 1 ? 'Revoke agreement' : `Revoke ${agreements.length} agreements`}
          </button>
        )}
      </div>
    </dialog>
  )
}
