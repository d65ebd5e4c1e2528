import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { NextIntlClientProvider } from 'next-intl'
import { getLocale, getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'
import { Providers } from '@/components/layout/Providers'
import { SiteHeader } from '@/components/layout/SiteHeader'
import { SkipLink } from '@/components/layout/SkipLink'
import { UnavailableNetworkNotice } from '@/components/layout/UnavailableNetworkNotice'
import { networkKey } from '@/lib/chain/networks'
import { currentSelection } from '@/lib/server/network'
import { initialWalletState, serverWagmiConfig } from '@/lib/server/wallet-cookie'
import './globals.css'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('app')
  return {
    title: { default: t('title'), template: `%s · ${t('title')}` },
    description: t('description'),
    // From public/: browsers that ask for /favicon.ico on their own find it there too.
    icons: { icon: [{ url: '/icon.svg', type: 'image/svg+xml' }, { url: '/favicon.ico', sizes: '16x16 32x32 48x48' }] },
  }
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const selection = await currentSelection()
  const { network } = selection
  // Only the storage key matters for reading the wallet cookie; the deployment's config keeps the server from
  // building anything around an RPC a visitor chose.
  const initialState = initialWalletState(serverWagmiConfig(selection.deployment), (await headers()).get('cookie'))
  return (
    <html lang={await getLocale()}>
      <body className="min-h-screen">
        <NextIntlClientProvider>
          <SkipLink />
          {/* A new network means a new wagmi config and query cache: remount the providers. */}
          <Providers key={`${networkKey(network)}@${network.rpcUrl}`} network={network} initialState={initialState}>
            <SiteHeader selection={selection} />
            {selection.unavailable && <UnavailableNetworkNotice unavailable={selection.unavailable} showing={network} />}
            {/* tabIndex -1: the skip link's target takes focus, so the next Tab continues inside the page. */}
            <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8 outline-none sm:px-6">
              {children}
            </main>
          </Providers>
        </NextIntlClientProvider>
      </body>
    </html>
  )
}
