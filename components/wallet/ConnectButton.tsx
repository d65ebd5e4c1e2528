'use client'

import dynamic from 'next/dynamic'
import { useState } from 'react'
import { useConnection, useDisconnect } from 'wagmi'
import type { Network } from '@/lib/chain/networks'
import { AccountIdentity } from './AccountIdentity'
import { SwitchNetworkButton } from './SwitchNetworkButton'

// Loaded when a visitor starts to connect, not with every page: read pages never need it.
const ConnectDialog = dynamic(() => import('./ConnectDialog').then((module) => module.ConnectDialog), { ssr: false })

const BUTTON = 'rounded-lg px-3 py-1.5 text-sm font-medium'

export function ConnectButton({ network }: { network: Network }) {
  const { address, status, chainId } = useConnection()
  const disconnect = useDisconnect()
  const [open, setOpen] = useState(false)

  // While reconnecting from the cookie state the account is already known: show it, never a connect button.
  if (address && (status === 'connected' || status === 'reconnecting')) {
    return (
      <div className="flex flex-wrap items-center gap-2">
        <AccountIdentity network={network} address={address} />
        {status === 'connected' && chainId !== network.chainId && <SwitchNetworkButton network={network} walletChainId={chainId} />}
        <button
          type="button"
          className={`${BUTTON} ring-1 ring-slate-300 hover:bg-slate-100 dark:ring-slate-700 dark:hover:bg-slate-800`}
          onClick={() => disconnect.mutate()}
        >
          Disconnect
        </button>
      </div>
    )
  }
  return (
    <>
      <button
        type="button"
        className={`${BUTTON} bg-indigo-600 text-white hover:bg-indigo-500 disabled:opacity-60`}
        disabled={status === 'connecting'}
        onClick={() => setOpen(true)}
      >
        Connect wallet
      </button>
      {open && <ConnectDialog network={network} onClose={() => setOpen(false)} />}
    </>
  )
}
