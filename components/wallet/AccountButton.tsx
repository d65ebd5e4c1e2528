'use client'

import { useTranslations } from 'next-intl'
import { useEffect, useId, useRef, useState } from 'react'
import type { Address } from 'viem'
import { shortAddress } from '@/lib/format'
import { Button } from '@/components/ui/Button'

type Props = {
  address: Address
  onDisconnect: () => void
  /** Just connected from the dialog: take focus, so a keyboard user hears which account is connected. */
  focusOnMount: boolean
}

/** The connected account, short; a click shows the whole address (never only in a tooltip) and Disconnect. */
export function AccountButton({ address, onDisconnect, focusOnMount }: Props) {
  const t = useTranslations('wallet')
  const [open, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const panelId = useId()
  useEffect(() => {
    if (focusOnMount) button.current?.focus()
  }, [focusOnMount])

  return (
    <span
      className="relative"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return
        setOpen(false)
        button.current?.focus()
      }}
    >
      <button
        ref={button}
        type="button"
        data-testid="account-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
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
        className="absolute right-0 top-full z-20 mt-1 w-72 max-w-[90vw] space-y-2 rounded-lg bg-white p-3 text-sm shadow-lg ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-700"
      >
        <span className="block font-mono text-xs [overflow-wrap:anywhere]">{t('accountFull', { address })}</span>
        <Button variant="secondary" onClick={onDisconnect}>
          {t('disconnect')}
        </Button>
      </span>
    </span>
  )
}
