import { useTranslations } from 'next-intl'
import { Suspense } from 'react'
import { AgreedOn } from '@/components/history/AgreedOn'
import { AppLink } from '@/components/ui/AppLink'
import { roleKey } from '@/lib/ocn/catalog'
import { formatCredentials } from '@/lib/ocn/codecs'
import type { Party } from '@/lib/ocn/reads'
import type { Page } from '@/lib/paging/page'
import { EmptyState } from '@/components/ui/EmptyState'
import { Pagination } from '@/components/ui/Pagination'
import { TEXT_MUTED } from '@/components/ui/styles'

type Props = { parties: Page<Party>; pathname: string; agreedOn?: Promise<Record<string, number>> }

/**
 * One page of the parties that agreed to a service; `pathname` is the page this list sits on, for its page links.
 * `agreedOn` dates each party when the network's history is kept.
 */
export function AgreeingParties({ parties, pathname, agreedOn }: Props) {
  const t = useTranslations('service.agreeing')
  if (parties.matched === 0) return <EmptyState title={t('empty')} />
  return (
    <div>
      <ul data-testid="agreeing-parties" className="divide-y divide-slate-200 rounded-xl bg-white ring-1 ring-slate-200 dark:divide-slate-800 dark:bg-slate-900 dark:ring-slate-800">
        {parties.items.map((party) => (
          <li key={party.address} className="flex flex-wrap items-center gap-3 px-4 py-2 text-sm">
            <AppLink href={`/parties/${party.address}`} className="font-mono font-semibold hover:underline">
              {formatCredentials(party)}
            </AppLink>
            <span className={TEXT_MUTED}>{party.roles.map(roleKey).join(', ')}</span>
            {agreedOn && (
              <Suspense fallback={null}>
                <AgreedOn dates={agreedOn} user={party.address} />
              </Suspense>
            )}
          </li>
        ))}
      </ul>
      <Pagination page={parties.page} pages={parties.pages} pathname={pathname} search="" label={t('pages')} />
    </div>
  )
}
