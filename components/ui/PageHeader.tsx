import type { ReactNode } from 'react'
import { TEXT_BODY } from './styles'

type Props = {
  title: ReactNode
  /** What kind of page this is, above the title (e.g. "OCN party"). */
  kicker?: string
  /** What the page is for, or the facts that belong with its title. */
  children?: ReactNode
  titleTestId?: string
  mono?: boolean
}

/** A page's one heading, and what goes with it. */
export function PageHeader({ title, kicker, children, titleTestId, mono }: Props) {
  return (
    <header>
      {kicker && <p className="text-sm text-slate-600 dark:text-slate-400">{kicker}</p>}
      <h1 className={`text-2xl font-bold tracking-tight ${mono ? 'font-mono' : ''}`} data-testid={titleTestId}>
        {title}
      </h1>
      {children && <div className={`mt-1 max-w-3xl space-y-1 ${TEXT_BODY}`}>{children}</div>}
    </header>
  )
}
