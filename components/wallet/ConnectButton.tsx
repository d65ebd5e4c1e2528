'use client'

import dynamic from 'next/dynamic'
import { useState } from 'react'
import type { Network } from '@/lib/chain/networks'
import { useWallet } from '@/lib/hooks/useWallet'
import { AccountIdentity } from './AccountIdentity'
import { SwitchNetworkButton } from './SwitchNetworkButton'
import { Button } from '@/components/ui/Button'
import { ERROR_TEXT } from '@/components/ui/styles'

// Loaded when a visitor starts to connect, not with every page: read pages never need it.
const ConnectDialog = dynamic(() => import('./ConnectDialog').then((module) => module.ConnectDialog), { ssr: false })


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
    <span role="alert" className={`text-sm ${ERROR_TEXT}`}>
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
        <Button variant="secondary" onClick={() => act((wallet) => wallet.disconnect())}>
          Disconnect
        </Button>
        {failure}
      </div>
    )
  }
  return (
    <>
      <Button disabled={status === 'connecting'} onClick={() => act(() => setOpen(true))}>
        Connect wallet
      </Button>
      {failure}
      {open && runtime && <ConnectDialog network={network} config={runtime.config} onClose={() => setOpen(false)} />}
    </>
  )
}
