import type { AgreementPeriod } from '@/lib/history/types'
import { historyDateTime } from '@/lib/history/dates'
import { parsePermissionValues } from '@/lib/history/agreement-changes'
import { shortAddress } from '@/lib/format'
import { AppLink } from '@/components/ui/AppLink'
import { PermissionChips } from '@/components/service/PermissionChips'
import { LINK, TEXT_MUTED } from '@/components/ui/styles'

function When({ label, time }: { label: string; time: number }) {
  const when = historyDateTime(time)
  return (
    <span>
      {label} <time dateTime={when.iso}>{when.text}</time>
    </span>
  )
}

type Props = { periods: AgreementPeriod[]; names: Record<string, string>; complete: boolean }

/** Agreements the party revoked: what it agreed to, and from when to when the service received it. */
export function PastAgreements({ periods, names, complete }: Props) {
  return (
    <section aria-labelledby="past-agreements-title" data-testid="past-agreements" className="space-y-3">
      <h2 id="past-agreements-title" className="text-lg font-semibold">
        Past agreements
      </h2>
      {periods.length === 0 ? (
        <p className={`text-sm ${TEXT_MUTED}`}>Your party has not revoked any agreement.</p>
      ) : (
        <ul className="space-y-2">
          {periods.map((period) => (
            <li key={period.id} data-testid="past-agreement" data-provider={period.provider} className="rounded-xl bg-white p-3 text-sm ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800">
              <AppLink href={`/services/${period.provider}`} className={`font-medium ${LINK}`}>
                {names[period.provider.toLowerCase()] ?? shortAddress(period.provider)}
              </AppLink>
              <p className={`mt-1 flex flex-wrap gap-x-3 ${TEXT_MUTED}`}>
                <When label="Agreed on" time={period.agreed.time} />
                {period.revoked && <When label="revoked on" time={period.revoked.time} />}
              </p>
              <div className="mt-2">
                <PermissionChips permissions={parsePermissionValues(period.agreed.permissions)} />
              </div>
            </li>
          ))}
        </ul>
      )}
      {!complete && <p className={`text-sm ${TEXT_MUTED}`}>Older agreements are in the CSV export.</p>}
    </section>
  )
}
