import { useFormatter, useTranslations } from 'next-intl'
import type { ReactNode } from 'react'
import { AppLink } from '@/components/ui/AppLink'
import type { Lookalike, Resemblance } from '@/lib/ocn/lookalikes'
import { cleanText } from '@/lib/ocn/untrusted'

const mono = (chunks: ReactNode) => <span className="font-mono">{chunks}</span>

function Other({ other }: { other: Resemblance }) {
  const t = useTranslations('service.lookalike')
  const name = cleanText(other.name, 48)
  return (
    <AppLink href={`/services/${other.provider}`} className="underline decoration-dotted hover:decoration-solid">
      {t.rich('other', {
        name: name.blank ? t('noName') : name.text,
        hasCredentials: other.credentials ? 'yes' : 'no',
        credentials: other.credentials,
        address: other.provider,
        bdi: (chunks) => <bdi>{chunks}</bdi>,
        mono,
        small: (chunks) => <span className="font-mono text-xs">{chunks}</span>,
      })}
    </AppLink>
  )
}

function Detail({ flag }: { flag: Lookalike }) {
  const t = useTranslations('service.lookalike')
  const format = useFormatter()
  if (flag.kind === 'mixed-scripts') return t('mixedDetail', { scripts: format.list(flag.scripts, { type: 'conjunction' }) })
  return t.rich('resembles', {
    kind: flag.kind === 'confusable-credentials' ? 'credentials' : 'name',
    more: flag.count - flag.others.length,
    others: () =>
      flag.others.map((other, i) => (
        <span key={other.provider}>
          {i > 0 && ', '}
          <Other other={other} />
        </span>
      )),
  })
}

/** Lookalike warnings for one service: names and credentials confusable with others', reused names, mixed scripts. */
export function LookalikeFlags({ flags }: { flags: readonly Lookalike[] }) {
  const t = useTranslations('service.lookalike')
  if (flags.length === 0) return null
  return (
    <ul className="space-y-1" data-testid="lookalike-flags">
      {flags.map((flag) => (
        <li
          key={flag.kind}
          data-testid="lookalike-flag"
          data-kind={flag.kind}
          className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-900 ring-1 ring-red-200 [overflow-wrap:anywhere] dark:bg-red-950/40 dark:text-red-200 dark:ring-red-900"
        >
          <span className="font-semibold">{t(flag.kind)}</span> <Detail flag={flag} />
        </li>
      ))}
    </ul>
  )
}
