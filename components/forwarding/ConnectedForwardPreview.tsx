'use client'

import type { Network } from '@/lib/chain/networks'
import { useWallet } from '@/lib/hooks/useWallet'
import { BrowserForwardPreview } from './BrowserForwardPreview'

/** The connected party's own preview (/agreements): nothing until a wallet is connected, the list above says why. */
export function ConnectedForwardPreview({ network }: { network: Network }) {
  const { address } = useWallet().connection
  if (!address) return null
  return <BrowserForwardPreview network={network} party={address} title="What will your node forward?" />
}
