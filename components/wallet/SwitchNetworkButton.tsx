'use client'

import { useTranslations } from 'next-intl'
import { useState } from 'react'
import type { Network } from '@/lib/chain/networks'
import { isUserRejection } from '@/lib/ocn/errors'
import { Button } from '@/components/ui/Button'
import { ERROR_TEXT } from '@/components/ui/styles'

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
  const t = useTranslations('wallet')
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
        {walletChainId === undefined ? t('unknownChain') : t('wrongChain', { chainId: String(walletChainId) })}
      </span>
      <Button disabled={pending} onClick={switchNetwork} className="bg-amber-500 hover:bg-amber-400">
        {t('switchTo', { network: network.name })}
      </Button>
      {failed && (
        <span role="alert" className={ERROR_TEXT}>
          {t('switchFailed', { chainId: String(network.chainId) })}
        </span>
      )}
    </span>
  )
}
