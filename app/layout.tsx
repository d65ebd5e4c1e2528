import type { Metadata } from 'next'
import { headers } from 'next/headers'
import type { ReactNode } from 'react'
import { Providers } from '@/components/layout/Providers'
import { SiteHeader } from '@/components/layout/SiteHeader'
import { networkKey } from '@/lib/chain/networks'
import { makeWagmiConfig } from '@/lib/chain/wagmi'
import { currentNetwork } from '@/lib/server/network'
import { initialWalletState } from '@/lib/server/wallet-cookie'
import './globals.css'

export const metadata: Metadata = {
  title: { default: 'OCN Service Marketplace', template: '%s · OCN Service Marketplace' },
  description: 'Find, publish and agree to Open Charging Network services: billing, payment, data enrichment and more.',
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const network = await currentNetwork()
  const initialState = initialWalletState(makeWagmiConfig(network), (await headers()).get('cookie'))
  return (
    <html lang="en">
      <body className="min-h-screen">
        {/* A new network means a new wagmi config and query cache: remount the providers. */}
        <Providers key={`${networkKey(network)}@${network.rpcUrl}`} network={network} initialState={initialState}>
          <SiteHeader network={network} />
          <main className="mx-auto max-w-6xl px-4 py-8 sm:px-6">{children}</main>
        </Providers>
      </body>
    </html>
  )
}
