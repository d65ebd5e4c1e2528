'use client'

import { useState } from 'react'
import type { Network } from '@/lib/chain/networks'
import { isUserRejection } from '@/lib/ocn/errors'

/** wagmi's injected connector adds the chain to the wallet first when the wallet does not know it. */
export function SwitchNetworkButton({
  network,
  walletChainId,
  switchChain,
}: {
  network: Network
  walletChainId: number | undefined
  switchChain: (chainId: number) => Promise<unknown>
}) {
  const [pending, setPending] = useState(false)
  const [failed, setFailed] = useState(false)
  const switchNetwork = () => {
    setPending(true)
    setFailed(false)
    switchChain(network.chainId)
      .catch((error: unknown) => setFailed(!isUserRejection(error)))
      .finally(() => setPending(false))
  }
  return (
    <span className="flex items-center gap-2 text-sm">
      <span className="text-amber-800 dark:text-amber-300" data-testid="wrong-network">
        Wallet on chain {walletChainId ?? '?'}
      </span>
      <button
        type="button"
        disabled={pending}
        onClick={switchNetwork}
        className="rounded-lg bg-amber-500 px-3 py-1.5 font-medium text-white hover:bg-amber-400 disabled:opacity-60"
      >
        Switch to {network.name}
      </button>
      {failed && (
        <span role="alert" className="text-red-700 dark:text-red-400">
          The wallet could not switch. Switch it to chain {network.chainId} by hand.
        </span>
      )}
    </span>
  )
}
