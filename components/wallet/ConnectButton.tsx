'use client'

import { useTranslations } from 'next-intl'
import dynamic from 'next/dynamic'
import { useState } from 'react'
import type { Network } from '@/lib/chain/networks'
import { useWallet } from '@/lib/hooks/useWallet'
import { AccountButton } from './AccountButton'
import { AccountIdentity } from './AccountIdentity'
import { SwitchNetworkButton } from './SwitchNetworkButton'
import { Button } from '@/components/ui/Button'
import { ERROR_TEXT } from '@/components/ui/styles'

// Loaded when a visitor starts to connect, not with every page: read pages never need it.
const ConnectDialog = dynamic(() => import('./ConnectDialog').then((module) => module.ConnectDialog), { ssr: false })

export function ConnectButton({ network }: { network: Network }) {
  const t = useTranslations('wallet')
  const { connection, runtime, load } = useWallet()
  const { address, status, chainId } = connection
  const [open, setOpen] = useState(false)
  const [loadFailed, setLoadFailed] = useState(false)
  const [focusAccount, setFocusAccount] = useState(false)
  const connected = !!address && (status === 'connected' || status === 'reconnecting')
  // Connected while the dialog was open: the dialog and the Connect button that had focus are gone, so focus goes
  // to the account instead of falling to the page.
  if (connected && open) {
    setOpen(false)
    setFocusAccount(true)
  }

  // wagmi loads on the click, so the visitor learns at once if it cannot, instead of a button that does nothing.
  const act = (action: (wallet: Awaited<ReturnType<typeof load>>) => unknown) => {
    setLoadFailed(false)
    load().then(action, () => setLoadFailed(true))
  }
  const failure = loadFailed && (
    <span role="alert" className={`text-sm ${ERROR_TEXT}`}>
      {t('loadFailed')}
    </span>
  )

  // While reconnecting from the cookie state the account is already known: show it, never a connect button.
  if (connected) {
    return (
      <div className="flex flex-wrap items-center justify-end gap-2">
        <AccountIdentity network={network} address={address} />
        <AccountButton address={address} focusOnMount={focusAccount} onDisconnect={() => act((wallet) => wallet.disconnect())} />
        {runtime && status === 'connected' && chainId !== network.chainId && (
          <SwitchNetworkButton network={network} walletChainId={chainId} switchChain={runtime.switchChain} />
        )}
        {failure}
      </div>
    )
  }
  return (
    <>
      <Button
        disabled={status === 'connecting'}
        onClick={() => {
          setFocusAccount(false)
          act(() => setOpen(true))
        }}
        className="whitespace-nowrap"
      >
        {t('connect')}
      </Button>
      {failure}
      {open && runtime && (
        <ConnectDialog
          network={network}
          config={runtime.config}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  )
}
