'use client'

import { useTranslations } from 'next-intl'
import { usePathname } from 'next/navigation'
import { type ReactNode, useEffect, useRef, useState } from 'react'

const PANEL_ID = 'site-menu'

/**
 * On phones (< 640 px) the header's pages and switchers fold behind one button; from 640 px they sit in the header
 * line and the button is gone. The panel is always rendered (hidden by CSS), so the server-rendered switchers in it
 * keep working without JavaScript on wide screens.
 */
export function HeaderMenu({ children }: { children: ReactNode }) {
  const t = useTranslations('layout')
  const [open, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const pathname = usePathname()
  const [shownFor, setShownFor] = useState(pathname)
  // A navigation closes it: the new page, not the menu, is what the visitor went for.
  if (shownFor !== pathname) {
    setShownFor(pathname)
    setOpen(false)
  }

  useEffect(() => {
    if (!open) return
    const onKey = (event: KeyboardEvent) => {
      // A dialog opened from the menu (the network switcher) handles its own Escape.
      if (event.key !== 'Escape' || document.querySelector('dialog[open]')) return
      setOpen(false)
      button.current?.focus()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [open])

  return (
    <>
      <button
        ref={button}
        type="button"
        data-testid="menu-button"
        aria-expanded={open}
        aria-controls={PANEL_ID}
        onClick={() => setOpen(!open)}
        className="order-3 inline-flex min-h-9 items-center gap-1 rounded-lg px-3 py-1.5 text-sm font-medium ring-1 ring-slate-300 sm:hidden dark:ring-slate-700"
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.5">
          <path d="M2 4h12M2 8h12M2 12h12" />
        </svg>
        {t('menu')}
      </button>
      <div
        id={PANEL_ID}
        aria-label={t('menuLabel')}
        role="group"
        className={`${open ? 'flex' : 'hidden'} order-4 w-full flex-col gap-3 border-t border-slate-200 pt-3 sm:order-2 sm:flex sm:w-auto sm:flex-1 sm:flex-row sm:items-center sm:gap-4 sm:border-0 sm:pt-0 dark:border-slate-800`}
      >
        {children}
      </div>
    </>
  )
}
