import Link from 'next/link'
import type { Network } from '@/lib/chain/networks'
import { ConnectButton } from '@/components/wallet/ConnectButton'
import { NetworkBadge } from './NetworkBadge'

export function SiteHeader({ network }: { network: Network }) {
  return (
    <header className="border-b border-slate-200 bg-white/80 dark:border-slate-800 dark:bg-slate-900/80">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-3 px-4 py-3 sm:px-6">
        <Link href="/" className="font-semibold tracking-tight">
          OCN Service Marketplace
        </Link>
        <NetworkBadge network={network} />
        <div className="ml-auto">
          <ConnectButton />
        </div>
      </div>
    </header>
  )
}
