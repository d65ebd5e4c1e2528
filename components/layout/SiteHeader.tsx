import type { CurrentSelection } from '@/lib/chain/selection'
import { ConnectButton } from '@/components/wallet/ConnectButton'
import { LanguageSwitcher } from './LanguageSwitcher'
import { NavLink } from './NavLink'
import { NetworkSwitcher } from './NetworkSwitcher'

export function SiteHeader({ selection }: { selection: CurrentSelection }) {
  return (
    <header className="border-b border-slate-200 bg-white/80 dark:border-slate-800 dark:bg-slate-900/80">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 sm:px-6">
        <NavLink href="/" exact className="font-semibold tracking-tight">
          OCN Service Marketplace
        </NavLink>
        <nav aria-label="Main" className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
          <NavLink href="/services">Services</NavLink>
          <NavLink href="/registry">Registry</NavLink>
          <NavLink href="/agreements">My agreements</NavLink>
          <NavLink href="/provider">My listing</NavLink>
          <NavLink href="/identity">My identity</NavLink>
        </nav>
        <div className="ml-auto flex items-center gap-3">
          <LanguageSwitcher />
          <NetworkSwitcher selection={selection} />
          <ConnectButton network={selection.network} />
        </div>
      </div>
    </header>
  )
}
