'use client'

import { useTranslations } from 'next-intl'
import { useState } from 'react'
import type { Network } from '@/lib/chain/networks'
import { networkCookie, type UnavailableChoice } from '@/lib/chain/selection'
import { SwitchNetworkOffer } from '@/components/ui/SwitchNetworkOffer'

/** A saved network this deployment will not use: said out loud, with a way to forget it or choose another. */
export function UnavailableNetworkNotice({ unavailable, showing }: { unavailable: UnavailableChoice; showing: Network }) {
  const t = useTranslations('layout')
  const [clearing, setClearing] = useState(false)
  return (
    <div role="status" data-testid="network-unavailable" className="border-b border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-800 dark:bg-amber-950/50 dark:text-amber-100">
      <p className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2 text-sm sm:px-6">
        <span>{t('unavailable', { reason: unavailable.reason, label: unavailable.label ?? '', showing: showing.name })}</span>
        <button
          type="button"
          disabled={clearing}
          onClick={() => {
            document.cookie = networkCookie(null)
            setClearing(true)
            window.location.reload()
          }}
          className="min-h-6 rounded-lg px-2.5 py-1 font-medium ring-1 ring-amber-400 hover:bg-amber-100 disabled:opacity-60 dark:ring-amber-700 dark:hover:bg-amber-900"
        >
          {t('forgetNetwork')}
        </button>
        <SwitchNetworkOffer quiet />
      </p>
    </div>
  )
}
