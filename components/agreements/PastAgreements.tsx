'use client'

import { useLocale, useTranslations } from 'next-intl'
import type { Address } from 'viem'
import type { Network } from '@/lib/chain/networks'
import type { AgreementPeriod } from '@/lib/history/types'
import { useOcnRead } from '@/lib/hooks/useOcnQuery'
import { historyDateTime } from '@/lib/history/dates'
import { parsePermissionValues } from '@/lib/history/agreement-changes'
import { shortAddress } from '@/lib/format'
import { AppLink } from '@/components/ui/AppLink'
import { PermissionChips } from '@/components/service/PermissionChips'
import { UntrustedText } from '@/components/ui/UntrustedText'
import { LINK, TEXT_MUTED } from '@/components/ui/styles'

function When({ what, time }: { what: 'pastAgreedOn' | 'pastRevokedOn'; time: number }) {
  const t = useTranslations('agreements')
  const when = historyDateTime(time, useLocale())
  return <span>{t.rich(what, { date: when.text, time: (text) => <time dateTime={when.iso}>{text}</time> })}</span>
}

/** The service's current name as inert text: the link beside it is the provider's, by credentials. */
function ServiceName({ name }: { name: string | null | undefined }) {
  const t = useTranslations('agreements')
  if (name === undefined) return null
  return (
    <span data-testid="past-agreement-service" className={`ml-2 ${TEXT_MUTED}`}>
      {name === null ? t('pastWithdrawn') : <UntrustedText value={name} max={80} expandable={false} />}
    </span>
  )
}

type Props = { network: Network; periods: AgreementPeriod[]; names: Record<string, string>; complete: boolean }

/** What the chain lists today as the service of each provider: null where it is withdrawn, absent until read. */
function useCurrentServiceNames(network: Network, periods: AgreementPeriod[]): Map<string, string | null> | undefined {
  const providers = [...new Set(periods.map((period) => period.provider.toLowerCase() as Address))].sort()
  const read = useOcnRead(
    network,
    ['services-of', ...providers],
    providers.length > 0 ? (ctx) => import('@/lib/ocn/reads').then(({ readServicesOf }) => readServicesOf(ctx, providers)) : null,
  )
  return read.data && new Map(providers.map((provider, i) => [provider, read.data[i]?.name ?? null]))
}

/** Agreements the party revoked: what it agreed to, and from when to when the service received it. */
export function PastAgreements({ network, periods, names, complete }: Props) {
  // The credentials come with the history; the service's name today is read from the chain beside it.
  const t = useTranslations('agreements')
  const serviceNames = useCurrentServiceNames(network, periods)
  return (
    <section aria-labelledby="past-agreements-title" data-testid="past-agreements" className="space-y-3">
      <h2 id="past-agreements-title" className="text-lg font-semibold">
        {t('pastTitle')}
      </h2>
      {periods.length === 0 ? (
        <p className={`text-sm ${TEXT_MUTED}`}>{t('pastNone')}</p>
      ) : (
        <ul className="space-y-2">
          {periods.map((period) => (
            <li key={period.id} data-testid="past-agreement" data-provider={period.provider} className="rounded-xl bg-white p-3 text-sm ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800">
              <p className="min-w-0 [overflow-wrap:anywhere]">
                <AppLink href={`/services/${period.provider}`} className={`font-medium ${LINK}`}>
                  {names[period.provider.toLowerCase()] ?? shortAddress(period.provider)}
                </AppLink>
                <ServiceName name={serviceNames?.get(period.provider.toLowerCase())} />
              </p>
              <p className={`mt-1 flex flex-wrap gap-x-3 ${TEXT_MUTED}`}>
                <When what="pastAgreedOn" time={period.agreed.time} />
                {period.revoked && <When what="pastRevokedOn" time={period.revoked.time} />}
              </p>
              <div className="mt-2">
                <PermissionChips permissions={parsePermissionValues(period.agreed.permissions)} />
              </div>
            </li>
          ))}
        </ul>
      )}
      {!complete && <p className={`text-sm ${TEXT_MUTED}`}>{t('pastOlder')}</p>}
    </section>
  )
}
