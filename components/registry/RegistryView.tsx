'use client'

import { useTranslations } from 'next-intl'
import { AppLink } from '@/components/ui/AppLink'
import type { Network } from '@/lib/chain/networks'
import { roleKey } from '@/lib/ocn/catalog'
import { formatCredentials } from '@/lib/ocn/codecs'
import { describeRange } from '@/lib/paging/page'
import { type RegistryQuery, registryFilters, type RegistryTables, serializeRegistryQuery, withRegistryFilter } from '@/lib/registry/query'
import { useSearchBox } from '@/lib/hooks/useSearchBox'
import type { UrlUpdate } from '@/lib/hooks/useUrlState'
import { EmptyState } from '@/components/ui/EmptyState'
import { FilterSelect } from '@/components/ui/FilterSelect'
import { Pagination } from '@/components/ui/Pagination'
import { UntrustedText } from '@/components/ui/UntrustedText'
import { CONTROL, LINK, TEXT_MUTED } from '@/components/ui/styles'

const FILTER: UrlUpdate = { history: 'push' }

/** What the Registry's tables need, whoever filtered and paged them. */
export type RegistryTablesProps = {
  network: Network
  tables: RegistryTables
  query: RegistryQuery
  setQuery: (query: RegistryQuery, update: UrlUpdate) => void
  pending: boolean
}

/** The parties table: one page of the whole Registry, searched and filtered over all of it. */
export function RegistryView({ network, tables: { parties, totalParties, countries }, query, setQuery, pending }: RegistryTablesProps) {
  const t = useTranslations()
  // Any change of search or filter starts again from the first page of parties.
  const refine = (next: RegistryQuery, update: UrlUpdate) => setQuery({ ...next, page: 1 }, update)
  const search = useSearchBox(query.q, (q) => refine({ ...query, q }, { history: 'replace' }))
  const filters = registryFilters(query, countries, t)

  return (
    <div className="space-y-3">
      <form role="search" className="flex flex-wrap items-end gap-3" onSubmit={(e) => e.preventDefault()}>
        <label className="text-sm">
          <span className="block text-xs font-semibold uppercase tracking-wide text-slate-500">Search</span>
          <input
            type="search"
            aria-label="Search parties"
            className={CONTROL}
            placeholder="DE*MSP, address or node"
            value={search.text}
            onChange={(e) => search.type(e.target.value)}
          />
        </label>
        <FilterSelect label="Role" allLabel="All roles" value={filters.role} options={filters.roles} onChange={(value) => refine(withRegistryFilter(query, 'role', value), FILTER)} />
        <FilterSelect
          label="Country"
          allLabel="All countries"
          value={filters.country}
          options={filters.countries}
          onChange={(value) => refine(withRegistryFilter(query, 'country', value), FILTER)}
        />
        <p className={`ml-auto text-sm ${TEXT_MUTED}`} aria-live="polite" data-testid="party-count">
          {describeRange(parties, totalParties, 'parties')}
        </p>
      </form>
      {parties.matched === 0 ? (
        <EmptyState title={totalParties ? 'No party matches your filters' : `No parties are listed on ${network.name} yet`} />
      ) : (
        <div aria-busy={pending} className={pending ? 'opacity-60 transition-opacity' : undefined}>
          <div className="overflow-x-auto rounded-xl bg-white ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800">
            <table className="w-full text-left text-sm">
              <thead className="text-xs uppercase tracking-wide text-slate-500">
                <tr>
                  <th className="px-4 py-2">Party</th>
                  <th className="px-4 py-2">Roles</th>
                  <th className="px-4 py-2">Node</th>
                  <th className="px-4 py-2">Service</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200 dark:divide-slate-800" data-testid="party-rows">
                {parties.items.map((party) => (
                  <tr key={party.address}>
                    <td className="px-4 py-2">
                      <AppLink href={`/parties/${party.address}`} className="font-mono font-semibold hover:underline">
                        {formatCredentials(party)}
                      </AppLink>
                    </td>
                    <td className="px-4 py-2">{party.roles.map(roleKey).join(', ')}</td>
                    <td className="max-w-64 px-4 py-2 font-mono text-xs">
                      <UntrustedText value={party.nodeDomain} max={40} empty="(none)" />
                    </td>
                    <td className="px-4 py-2">
                      {party.offersService && (
                        <AppLink href={`/services/${party.address}`} className={LINK}>
                          offers a service
                        </AppLink>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination page={parties.page} pages={parties.pages} pathname="/registry" search={serializeRegistryQuery(query)} label="Party pages" />
        </div>
      )}
    </div>
  )
}
