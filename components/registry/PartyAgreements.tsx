import { useTranslations } from 'next-intl'
import { AppLink } from '@/components/ui/AppLink'
import type { Agreement } from '@/lib/ocn/reads'
import type { Page } from '@/lib/paging/page'
import { EmptyState } from '@/components/ui/EmptyState'
import { UntrustedFullText } from '@/components/ui/UntrustedFullText'
import { UntrustedText } from '@/components/ui/UntrustedText'
import { PermissionChips } from '@/components/service/PermissionChips'
import { Pagination } from '@/components/ui/Pagination'
import { TEXT_MUTED } from '@/components/ui/styles'

/** One page of the services a party agreed to; `pathname` is the party's page, for the page links. */
export function PartyAgreements({ agreements, pathname }: { agreements: Page<Agreement>; pathname: string }) {
  const t = useTranslations('party')
  if (agreements.matched === 0) return <EmptyState title={t('noAgreements')} />
  return (
    <div>
      <ul data-testid="party-agreements" className="space-y-2">
        {agreements.items.map(({ provider, service }) => (
          <li key={provider} className="rounded-xl bg-white p-4 text-sm ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800">
            {service ? (
              <>
                <AppLink href={`/services/${provider}`} className="font-semibold hover:underline">
                  <UntrustedText value={service.name} max={80} expandable={false} />
                </AppLink>
                <UntrustedFullText value={service.name} max={80} />
                <div className="mt-2">
                  <PermissionChips permissions={service.permissions} />
                </div>
              </>
            ) : (
              <p>
                <span className="font-mono break-all">{provider}</span>{' '}
                <span className="rounded bg-slate-200 px-1.5 py-0.5 text-xs dark:bg-slate-800">{t('withdrawn')}</span>
                <span className={`mt-1 block ${TEXT_MUTED}`}>{t('withdrawnNote')}</span>
              </p>
            )}
          </li>
        ))}
      </ul>
      <Pagination page={agreements.page} pages={agreements.pages} pathname={pathname} search="" label={t('agreementPages')} />
    </div>
  )
}
