'use client'

import dynamic from 'next/dynamic'
import { useTranslations } from 'next-intl'
import type { Network } from '@/lib/chain/networks'
import { useWallet } from '@/lib/hooks/useWallet'

// The preview and its wording load once a wallet is connected: nothing of it in the page's first JavaScript.
const BrowserForwardPreview = dynamic(() => import('./BrowserForwardPreview').then((module) => module.BrowserForwardPreview), { ssr: false })

/** The connected party's own preview (/agreements): nothing until a wallet is connected, the list above says why. */
export function ConnectedForwardPreview({ network }: { network: Network }) {
  const t = useTranslations('forwarding')
  const { address } = useWallet().connection
  if (!address) return null
  return <BrowserForwardPreview network={network} party={address} title={t('connectedTitle')} />
}
