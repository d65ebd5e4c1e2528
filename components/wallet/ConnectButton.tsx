'use client'

import dynamic from 'next/dynamic'
import { useState } from 'react'
import type { Network } from '@/lib/chain/networks'
import { useWallet } from '@/lib/hooks/useWallet'
import { AccountIdentity } from './AccountIdentity'
import { SwitchNetworkButton } from './SwitchNetworkButton'

// Loaded when a visitor starts to connect, not with every page: read pages never need it.
const ConnectDialog = dynamic(() => import('./ConnectDialog').then((module) => module.ConnectDialog), { ssr: false })

const BUTTON = 'rounded-lg px-3 py-1.5 text-sm font-medium'

export function ConnectButton({ network }: { network: Network }) {
  const { connection, runtime, load } = useWallet()
  const { address, status, chainId } = connection
  const [open, setOpen] = useState(false)
  const [loadFailed, setLoadFailed] = useState(false)

  // wagmi loads on the click, so the visitor learns at once if it cannot, instead of a button that does nothing.
  const act = (action: (wallet: Awaited<ReturnType<typeof load>>) => unknown) => {
    setLoadFailed(false)
    load().then(action, () => setLoadFailed(true))
  }
  const failure = loadFailed && (
    <span role="alert" className="text-sm text-red-700 dark:text-red-400">
      The wallet code could not load. Check your connection and try again.
    </span>
  )

  // While reconnecting from the cookie state the account is already known: show it, never a connect button.
  if (address && (status === 'connected' || status === 'reconnecting')) {
    return (
      <div className="flex flex-wrap items-center gap-2">
        <AccountIdentity network={network} address={address} />
        {runtime && status === 'connected' && chainId !== network.chainId && (
          <SwitchNetworkButton network={network} walletChainId={chainId} switchChain={runtime.switchChain} />
        )}
        <button
          type="button"
          className={`${BUTTON} ring-1 ring-slate-300 hover:bg-slate-100 dark:ring-slate-700 dark:hover:bg-slate-800`}
          onClick={() => act((wallet) => wallet.disconnect())}
        >
          Disconnect
        </button>
        {failure}
      </div>
    )
  }
  return (
    <>
      <button
        type="button"
        className={`${BUTTON} bg-indigo-600 text-white hover:bg-indigo-500 disabled:opacity-60`}
        disabled={status === 'connecting'}
        onClick={() => act(() => setOpen(true))}
      >
        Connect wallet
      </button>
      {failure}
      {open && runtime && <ConnectDialog network={network} config={runtime.config} onClose={() => setOpen(false)} />}
    </>
  )
}
