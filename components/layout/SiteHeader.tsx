import { getTranslations } from 'next-intl/server'
import type { CurrentSelection } from '@/lib/chain/selection'
import { ConnectButton } from '@/components/wallet/ConnectButton'
import { HeaderMenu } from './HeaderMenu'
import { LanguageSwitcher } from './LanguageSwitcher'
import { NavLink } from './NavLink'
import { NetworkSwitcher } from './NetworkSwitcher'

const NAV_LINK = 'inline-flex min-h-6 items-center'

/** One line from 640 px on; on a phone the site name, the wallet and a menu holding the pages and the switchers. */
export async function SiteHeader({ selection }: { selection: CurrentSelection }) {
  const t = await getTranslations('layout')
  return (
    <header className="border-b border-slate-200 bg-white/80 dark:border-slate-800 dark:bg-slate-900/80">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-2 gap-y-2 px-4 py-2 sm:gap-x-4 sm:flex-nowrap sm:px-6 sm:py-3">
        <NavLink href="/" exact className="order-1 min-w-0 flex-1 font-semibold tracking-tight sm:flex-none sm:whitespace-nowrap">
          {(await getTranslations('app'))('title')}
        </NavLink>
        <HeaderMenu>
          <nav aria-label={t('navLabel')} className="flex flex-col gap-x-3 gap-y-2 text-sm sm:flex-row sm:flex-wrap">
            <NavLink href="/services" className={NAV_LINK}>
              {t('nav.services')}
            </NavLink>
            <NavLink href="/registry" className={NAV_LINK}>
              {t('nav.registry')}
            </NavLink>
            <NavLink href="/agreements" className={NAV_LINK}>
              {t('nav.agreements')}
            </NavLink>
            <NavLink href="/provider" className={NAV_LINK}>
              {t('nav.provider')}
            </NavLink>
            <NavLink href="/identity" className={NAV_LINK}>
              {t('nav.identity')}
            </NavLink>
          </nav>
          <div className="flex flex-wrap items-center gap-3 sm:ml-auto sm:flex-nowrap">
            <LanguageSwitcher />
            <NetworkSwitcher selection={selection} />
          </div>
        </HeaderMenu>
        <div className="order-2 sm:order-3">
          <ConnectButton network={selection.network} />
        </div>
      </div>
    </header>
  )
}
