'use client'

import { useTranslations } from 'next-intl'
import { AppLink } from '@/components/ui/AppLink'
import type { Network } from '@/lib/chain/networks'
import { roleKey } from '@/lib/ocn/catalog'
import { formatCredentials } from '@/lib/ocn/codecs'
import { describePartyCount } from '@/lib/registry/count'
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
          <span className="block text-xs font-semibold uppercase tracking-wide text-slate-500">{t('registry.search')}</span>
          <input
            type="search"
            aria-label={t('registry.searchLabel')}
            className={CONTROL}
            placeholder={t('registry.searchPlaceholder')}
            value={search.text}
            onChange={(e) => search.type(e.target.value)}
          />
        </label>
        <FilterSelect
          label={t('registry.role')}
          allLabel={t('registry.allRoles')}
          value={filters.role}
          options={filters.roles}
          onChange={(value) => refine(withRegistryFilter(query, 'role', value), FILTER)}
        />
        <FilterSelect
          label={t('registry.country')}
          allLabel={t('registry.allCountries')}
          value={filters.country}
          options={filters.countries}
          onChange={(value) => refine(withRegistryFilter(query, 'country', value), FILTER)}
        />
        <p className={`ml-auto text-sm ${TEXT_MUTED}`} aria-live="polite" data-testid="party-count">
          {describePartyCount(parties, totalParties, t)}
        </p>
      </form>
      {parties.matched === 0 ? (
        <EmptyState title={totalParties ? t('registry.noMatch') : t('registry.noneListed', { network: network.name })} />
      ) : (
        <div aria-busy={pending} className={pending ? 'opacity-60 transition-opacity' : undefined}>
          {/*
            On a phone each row becomes a card with its column names beside the values: four columns do not fit
            390 px. The explicit roles keep it a table for screen readers whatever its display.
          */}
          <div className="rounded-xl bg-white ring-1 ring-slate-200 sm:overflow-x-auto dark:bg-slate-900 dark:ring-slate-800">
            <table role="table" className="w-full text-left text-sm max-sm:block">
              <thead role="rowgroup" className="text-xs uppercase tracking-wide text-slate-500 max-sm:sr-only">
                <tr role="row">
                  <th role="columnheader" className="px-4 py-2">
                    {t('registry.columnParty')}
                  </th>
                  <th role="columnheader" className="px-4 py-2">
                    {t('registry.columnRoles')}
                  </th>
                  <th role="columnheader" className="px-4 py-2">
                    {t('registry.columnNode')}
                  </th>
                  <th role="columnheader" className="px-4 py-2">
                    {t('registry.columnService')}
                  </th>
                </tr>
              </thead>
              <tbody role="rowgroup" className="divide-y divide-slate-200 max-sm:block dark:divide-slate-800" data-testid="party-rows">
                {parties.items.map((party) => (
                  <tr role="row" key={party.address} className="max-sm:block max-sm:space-y-1 max-sm:px-4 max-sm:py-3">
                    <td role="cell" className={CELL}>
                      <AppLink href={`/parties/${party.address}`} className="inline-flex min-h-6 items-center font-mono font-semibold hover:underline">
                        {formatCredentials(party)}
                      </AppLink>
                    </td>
                    <td role="cell" className={CELL}>
                      <CardLabel>{t('registry.columnRoles')}</CardLabel>
                      {party.roles.map(roleKey).join(', ')}
                    </td>
                    <td role="cell" className={`${CELL} font-mono text-xs sm:max-w-64 [overflow-wrap:anywhere]`}>
                      <CardLabel>{t('registry.columnNode')}</CardLabel>
                      <UntrustedText value={party.nodeDomain} max={40} empty={t('registry.noNode')} />
                    </td>
                    {/* A card leaves out an empty service line; the table keeps its cell. */}
                    <td role="cell" className={`${CELL} ${party.offersService ? '' : 'max-sm:hidden'}`}>
                      {party.offersService && (
                        <AppLink href={`/services/${party.address}`} className={`inline-flex min-h-6 items-center ${LINK}`}>
                          {t('registry.offersService')}
                        </AppLink>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination page={parties.page} pages={parties.pages} pathname="/registry" search={serializeRegistryQuery(query)} label={t('registry.partyPages')} />
        </div>
      )}
    </div>
  )
}

const CELL = 'px-4 py-2 max-sm:flex max-sm:items-baseline max-sm:gap-2 max-sm:p-0'

/** A column's name beside its value on a phone's card; the table's header says it on wider screens. */
function CardLabel({ children }: { children: string }) {
  return (
    <span aria-hidden="true" className="w-16 shrink-0 font-sans text-xs font-semibold uppercase tracking-wide text-slate-500 sm:hidden">
      {children}
    </span>
  )
}
