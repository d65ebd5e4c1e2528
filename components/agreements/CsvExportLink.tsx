import type { ReactNode } from 'react'
import { LINK } from '@/components/ui/styles'

/**
 * A CSV export. A plain link, not a client-side navigation: the route answers with a file (or, where there is no
 * history, a plain sentence the browser shows), and a prefetch would read the whole history for nothing. The file's
 * column names stay English in every language: other tools read them (lib/history/csv.ts).
 */
export function CsvExportLink({ href, testId, children }: { href: string; testId: string; children: ReactNode }) {
  return (
    <a href={href} data-testid={testId} className={`text-sm ${LINK}`}>
      {children}
    </a>
  )
}
