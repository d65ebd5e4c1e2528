import type { ReactNode } from 'react'
import { TEXT_BODY } from './styles'

type Props = { title: ReactNode; children?: ReactNode; titleTestId?: string; mono?: boolean; actions?: ReactNode }

/** A page's one heading and the sentence under it that says what the page is for. */
export function PageHeader({ title, children, titleTestId, mono, actions }: Props) {
  return (
    <header className="flex flex-wrap items-start justify-between gap-3">
      <div>
        <h1 className={`text-2xl font-bold tracking-tight ${mono ? 'font-mono' : ''}`} data-testid={titleTestId}>
          {title}
        </h1>
        {children && <p className={`mt-1 max-w-3xl ${TEXT_BODY}`}>{children}</p>}
      </div>
      {actions}
    </header>
  )
}
