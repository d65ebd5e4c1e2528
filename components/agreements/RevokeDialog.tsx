'use client'

import { useEffect, useRef, useState } from 'react'
import type { Address, Hex } from 'viem'
import type { Network } from '@/lib/chain/networks'
import { useAfterConfirmed, useWriteDeps } from '@/lib/hooks/useOcnWrite'
import { formatCredentials } from '@/lib/ocn/codecs'
import type { Agreement } from '@/lib/ocn/reads'
import { cleanText } from '@/lib/ocn/untrusted'
import { agreementKey, agreementRequest } from '@/lib/ocn/writes'
import { IDLE, isBusy, txReducer, type TxState } from '@/lib/tx/lifecycle'
import { runWrite } from '@/lib/tx/run-write'
import { revokeAction } from '@/lib/writes/revoke'
import { TxStatus } from '@/components/tx/TxStatus'

type Props = { network: Network; user: Address; agreements: Agreement[]; onClose: () => void }

/** Revokes one or several agreements, one wallet prompt at a time, with each one's progress in view. */
export function RevokeDialog({ network, user, agreements, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null)
  const deps = useWriteDeps(network)
  const afterConfirmed = useAfterConfirmed(network)
  const [states, setStates] = useState<Record<Address, TxState>>({})
  const [running, setRunning] = useState(false)
  const anyBusy = running || Object.values(states).some(isBusy)
  const done = agreements.every((a) => states[a.provider]?.status === 'confirmed')
  const { summary } = revokeAction(network, user, agreements.map(({ provider, service }) => ({ provider, name: service?.name ?? provider })))

  useEffect(() => {
    ref.current?.showModal()
  }, [])

  const revokeAll = async () => {
    if (!deps) return
    setRunning(true)
    let confirmed = null as Hex | null
    for (const { provider } of agreements) {
      if (states[provider]?.status === 'confirmed') continue
      const emit = (event: Parameters<typeof txReducer>[1]) => {
        if (event.type === 'confirmed') confirmed = event.hash
        setStates((current) => ({ ...current, [provider]: txReducer(current[provider] ?? IDLE, event) }))
      }
      // Bound to the account the agreements were chosen with; runWrite refuses if the wallet switched since.
      const outcome = await runWrite({ ...deps, account: user }, agreementRequest(network, 'revokeAgreement', provider), agreementKey('revoke', user, provider), emit)
      // A rejection means "stop": do not open the wallet again for the next one.
      if (outcome === 'rejected') break
    }
    setRunning(false)
    if (confirmed) await afterConfirmed(confirmed)
  }

  return (
    <dialog
      ref={ref}
      aria-labelledby="revoke-title"
      onClose={onClose}
      onCancel={(e) => anyBusy && e.preventDefault()}
      className="m-auto w-full max-w-xl rounded-xl bg-white p-6 text-slate-900 shadow-xl backdrop:bg-slate-900/50 dark:bg-slate-900 dark:text-slate-100"
    >
      <h2 id="revoke-title" className="text-lg font-semibold">
        {summary.title}
      </h2>
      <div className="mt-2 space-y-2 rounded-lg bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950/40 dark:text-amber-200" data-testid="revoke-warning">
        {[...summary.changes, ...summary.notDone].map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      <ul className="mt-4 space-y-2">
        {agreements.map(({ provider, service }) => (
          <li key={provider} data-testid="revoke-item" className="rounded-lg bg-slate-50 px-3 py-2 text-sm dark:bg-slate-800">
            <p className="font-medium">
              {service ? cleanText(service.name, 80).text || '(no name)' : provider}
              {service?.party && <span className="ml-2 font-mono text-xs text-slate-500">{formatCredentials(service.party)}</span>}
            </p>
            <TxStatus state={states[provider] ?? IDLE} network={network} confirmedText="Revoked." />
          </li>
        ))}
      </ul>
      <div className="mt-4 flex justify-end gap-2">
        <button type="button" disabled={anyBusy} onClick={() => ref.current?.close()} className="rounded-lg px-3 py-1.5 text-sm ring-1 ring-slate-300 disabled:opacity-60 dark:ring-slate-700">
          {done ? 'Close' : 'Cancel'}
        </button>
        {!done && (
          <button
            type="button"
            disabled={anyBusy || !deps}
            onClick={() => void revokeAll()}
            className="rounded-lg bg-red-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-red-600 disabled:opacity-60"
          >
            {anyBusy ? 'Revoking…' : agreements.length === 1 ? 'Revoke agreement' : `Revoke ${agreements.length} agreements`}
          </button>
        )}
      </div>
    </dialog>
  )
}
