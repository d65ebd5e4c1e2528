'use client'

import { useTranslations } from 'next-intl'
import { useRef } from 'react'
import { type Config, type Connector, useConnect, useConnectors } from 'wagmi'
import { DEV_ACCOUNTS } from '@/lib/chain/dev-accounts'
import type { Network } from '@/lib/chain/networks'
import { describeConnectError, isUserRejection } from '@/lib/ocn/errors'
import { Dialog } from '@/components/ui/Dialog'
import { DialogCancel } from '@/components/ui/DialogCancel'
import { ERROR_TEXT, PANEL_TONE, TEXT_MUTED } from '@/components/ui/styles'

const OPTION =
  'flex w-full items-center justify-between gap-3 rounded-lg px-3 py-2 text-left ring-1 ring-slate-200 hover:bg-slate-50 disabled:opacity-60 dark:ring-slate-700 dark:hover:bg-slate-800'

function devAccountOf(connector: Connector) {
  return DEV_ACCOUNTS.find((a) => connector.id === `ocn-dev-account-${a.index}`)
}

/** The wallets the browser offers, and on the local chain its dev accounts. */
export function ConnectDialog({ network, config, onClose }: { network: Network; config: Config; onClose: () => void }) {
  const t = useTranslations()
  const ref = useRef<HTMLDialogElement>(null)
  // wagmi runs beside the page rather than around it (see WalletProvider), so its config is passed in.
  const connectors = useConnectors({ config })
  const connect = useConnect({ config })
  const wallets = connectors.filter((c) => !devAccountOf(c))
  const devAccounts = connectors.filter((c) => devAccountOf(c))

  const choose = (connector: Connector) => connect.mutate({ connector }, { onSuccess: () => ref.current?.close() })
  const failure = connect.error && !isUserRejection(connect.error) ? connect.error : null

  return (
    <Dialog ref={ref} titleId="connect-title" title="Connect a wallet" onClose={onClose} size="sm" footer={<DialogCancel />}>
      <p className={`mt-1 text-sm ${TEXT_MUTED}`}>
        Your wallet holds your OCN identity: the address listed for your party in the OCN Registry.
      </p>
      <ul className="mt-4 space-y-2" aria-label="Browser wallets">
        {wallets.map((connector) => (
          <li key={connector.uid}>
            <button type="button" onClick={() => choose(connector)} disabled={connect.isPending} className={OPTION}>
              {connector.name === 'Injected' ? 'Browser wallet' : connector.name}
            </button>
          </li>
        ))}
      </ul>
      {devAccounts.length > 0 && (
        <section aria-labelledby="dev-accounts-title" className={`mt-5 rounded-lg p-3 ${PANEL_TONE.warning}`}>
          <h3 id="dev-accounts-title" className="text-sm font-semibold">
            Dev accounts · {network.name} only
          </h3>
          <p className="mt-1 text-xs">
            Test accounts of the local demo chain, to try every flow without a wallet extension. They do not exist on
            Volta or Energy Web Chain.
          </p>
          <ul className="mt-2 space-y-2">
            {devAccounts.map((connector) => {
              const account = devAccountOf(connector)!
              return (
                <li key={connector.uid}>
                  <button type="button" onClick={() => choose(connector)} disabled={connect.isPending} className={`${OPTION} bg-white dark:bg-slate-900`}>
                    <span className="font-mono text-sm font-semibold">{account.label}</span>
                    <span className={`text-xs ${TEXT_MUTED}`}>{account.description}</span>
                  </button>
                </li>
              )
            })}
          </ul>
        </section>
      )}
      {failure && (
        <p role="alert" className={`mt-3 text-sm ${ERROR_TEXT}`}>
          {describeConnectError(failure, t)}
        </p>
      )}
    </Dialog>
  )
}
