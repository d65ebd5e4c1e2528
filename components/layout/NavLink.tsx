'use client'

import { AppLink } from '@/components/ui/AppLink'
import { usePathname } from 'next/navigation'
import type { ReactNode } from 'react'

export function NavLink({ href, exact, className = '', children }: { href: string; exact?: boolean; className?: string; children: ReactNode }) {
  const pathname = usePathname()
  const active = exact ? pathname === href : pathname === href || pathname.startsWith(`${href}/`)
  return (
    <AppLink
      href={href}
      aria-current={active ? 'page' : undefined}
      className={`${className} ${active ? 'text-indigo-700 dark:text-indigo-300' : 'hover:text-indigo-700 dark:hover:text-indigo-300'}`}
    >
      {children}
    </AppLink>
  )
}
