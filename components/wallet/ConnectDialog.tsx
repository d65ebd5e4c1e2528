'use client'

import { useEffect, useRef } from 'react'
import { type Connector, useConnect, useConnectors } from 'wagmi'
import { describeConnectError, isUserRejection } from '@/lib/ocn/errors'

/** A native modal dialog: the browser traps focus and closes it on Escape. */
export function ConnectDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null)
  const connectors = useConnectors()
  const connect = useConnect()

  useEffect(() => {
    ref.current?.showModal()
  }, [])

  const choose = (connector: Connector) =>
    connect.mutate({ connector }, { onSuccess: () => ref.current?.close() })

  const failure = connect.error && !isUserRejection(connect.error) ? connect.error : null

  return (
    <dialog
      ref={ref}
      aria-labelledby="connect-title"
      onClose={onClose}
      className="m-auto w-full max-w-sm rounded-xl bg-white p-5 text-slate-900 shadow-xl backdrop:bg-slate-900/50 dark:bg-slate-900 dark:text-slate-100"
    >
      <h2 id="connect-title" className="text-lg font-semibold">
        Connect a wallet
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        Your wallet holds your OCN identity: the address listed for your party in the OCN Registry.
      </p>
      <ul className="mt-4 space-y-2">
        {connectors.map((connector) => (
          <li key={connector.uid}>
            <button
              type="button"
              onClick={() => choose(connector)}
              disabled={connect.isPending}
              className="flex w-full items-center gap-3 rounded-lg px-3 py-2 text-left ring-1 ring-slate-200 hover:bg-slate-50 disabled:opacity-60 dark:ring-slate-700 dark:hover:bg-slate-800"
            >
              {connector.name === 'Injected' ? 'Browser wallet' : connector.name}
            </button>
          </li>
        ))}
      </ul>
      {failure && (
        <p role="alert" className="mt-3 text-sm text-red-700 dark:text-red-400">
          {describeConnectError(failure)}
        </p>
      )}
      <form method="dialog" className="mt-4 text-right">
        <button type="submit" className="rounded-lg px-3 py-1.5 text-sm ring-1 ring-slate-300 dark:ring-slate-700">
          Cancel
        </button>
      </form>
    </dialog>
  )
}
