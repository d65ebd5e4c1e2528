'use client'

import { useTranslations } from 'next-intl'
import { type RefObject, useId, useState } from 'react'
import type { Address } from 'viem'
import { shortAddress } from '@/lib/format'

/**
 * The connected account, short; a click shows the whole address below it (never only in a tooltip). Focus lands
 * here after connecting, so a keyboard user hears which account is connected.
 */
export function AccountButton({ address, ref }: { address: Address; ref: RefObject<HTMLButtonElement | null> }) {
  const t = useTranslations('wallet')
  const [open, setOpen] = useState(false)
  const panelId = useId()
  return (
    <span className="relative">
      <button
        ref={ref}
        type="button"
        data-testid="account-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
        onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}
        className="inline-flex min-h-8 items-center rounded-lg px-2 text-sm ring-1 ring-slate-300 hover:bg-white dark:ring-slate-700 dark:hover:bg-slate-800"
      >
        <span data-testid="connected-account" className="font-mono">
          {shortAddress(address)}
        </span>
        <span className="sr-only">{` ${t('account', { address })}`}</span>
      </button>
      <span
        id={panelId}
        hidden={!open}
        className="absolute right-0 top-full z-20 mt-1 w-max max-w-[80vw] rounded-lg bg-white p-2 font-mono text-xs shadow-lg ring-1 ring-slate-200 [overflow-wrap:anywhere] dark:bg-slate-900 dark:ring-slate-700"
      >
        {t('accountFull', { address })}
      </span>
    </span>
  )
}
