import { useTranslations } from 'next-intl'
import type { ReactNode } from 'react'
import { AppLink } from './AppLink'
import { LINK, TEXT_MUTED } from './styles'

type Props = { title: string; children: ReactNode; links: readonly { href: string; label: string }[] }

/** A page that does not exist: what is missing, and the ways back. */
export function NotFound({ title, children, links }: Props) {
  const t = useTranslations('ui')
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className={`mt-2 ${TEXT_MUTED}`}>{children}</p>
      <nav aria-label={t('waysBack')} className="mt-4 flex flex-wrap justify-center gap-4">
        {links.map((link) => (
          <AppLink key={link.href} href={link.href} className={`${LINK} inline-flex min-h-6 items-center`}>
            {link.label}
          </AppLink>
        ))}
      </nav>
    </div>
  )
}
