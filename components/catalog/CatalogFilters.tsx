'use client'

import { useTranslations } from 'next-intl'
import { useState } from 'react'
import { type CatalogFacets, type CatalogQuery, EMPTY_QUERY, isFiltered } from '@/lib/catalog/query'
import { categoryLabel, pricingLabel } from '@/lib/manifest/labels'
import { CATEGORIES, PRICING_MODELS } from '@/lib/manifest/types'
import { moduleLabel, MODULES, roleLabel, ROLES } from '@/lib/ocn/catalog'
import { useSearchBox } from '@/lib/hooks/useSearchBox'
import type { UrlUpdate } from '@/lib/hooks/useUrlState'

type Props = {
  query: CatalogQuery
  onChange: (query: CatalogQuery, update: UrlUpdate) => void
  facets: CatalogFacets
  onStart?: () => void
  searchDelayMs?: number
  /** Whether providers' manifests were checked for this catalog: only then can it be filtered by what they say. */
  manifests: boolean
}

const FILTER: UrlUpdate = { history: 'push' }

const FIELD = 'w-full rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-900'
// Rows at least 24 px apart: each box is a tap target a thumb can hit (WCAG 2.5.8).
const CHECK = 'flex min-h-6 items-center gap-2'
const LEGEND = 'text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400'

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value]
}

export function CatalogFilters({ query, onChange, facets, onStart, searchDelayMs, manifests }: Props) {
  const t = useTranslations('catalog.filters')
  const vocab = useTranslations()
  const search = useSearchBox(query.q, (q) => onChange({ ...query, q }, { history: 'replace' }), searchDelayMs)
  // On a phone the filters fold away under the search box, so the results stay in view.
  const [unfolded, setUnfolded] = useState(false)

  return (
    <form role="search" className="space-y-5" onSubmit={(e) => e.preventDefault()} onFocus={onStart}>
      <div>
        <label htmlFor="catalog-search" className={LEGEND}>
          {t('search')}
        </label>
        <input
          id="catalog-search"
          type="search"
          value={search.text}
          placeholder={t('searchPlaceholder')}
          className={`${FIELD} mt-1`}
          onChange={(e) => search.type(e.target.value)}
        />
      </div>

      <button
        type="button"
        aria-expanded={unfolded}
        aria-controls="catalog-filter-panel"
        onClick={() => setUnfolded(!unfolded)}
        className="rounded-lg px-3 py-1.5 text-sm ring-1 ring-slate-300 lg:hidden dark:ring-slate-700"
      >
        {unfolded ? t('hide') : isFiltered({ ...query, q: '' }) ? t('active') : t('show')}
      </button>

      <div id="catalog-filter-panel" className={unfolded ? 'space-y-5' : 'hidden space-y-5 lg:block'}>
        {manifests && (
          <>
            <fieldset data-testid="filter-category">
              <legend className={LEGEND}>{t('category')}</legend>
              <div className="mt-1 grid grid-cols-2 gap-1 text-sm">
                {CATEGORIES.map((c) => (
                  <label key={c} className={CHECK}>
                    <input type="checkbox" className="size-4" checked={query.categories.includes(c)} onChange={() => onChange({ ...query, categories: toggle(query.categories, c) }, FILTER)} />
                    {categoryLabel(c, vocab)}
                  </label>
                ))}
              </div>
            </fieldset>
            <fieldset data-testid="filter-pricing">
              <legend className={LEGEND}>{t('pricing')}</legend>
              <div className="mt-1 grid grid-cols-2 gap-1 text-sm">
                {PRICING_MODELS.map((m) => (
                  <label key={m} className={CHECK}>
                    <input type="checkbox" className="size-4" checked={query.pricing.includes(m)} onChange={() => onChange({ ...query, pricing: toggle(query.pricing, m) }, FILTER)} />
                    {pricingLabel(m, vocab)}
                  </label>
                ))}
              </div>
            </fieldset>
          </>
        )}

        <fieldset>
          <legend className={LEGEND}>{t('modules')}</legend>
          <div className="mt-1 grid grid-cols-2 gap-1 text-sm">
            {MODULES.map((m) => (
              <label key={m.key} className={CHECK}>
                <input type="checkbox" className="size-4" checked={query.modules.includes(m.key)} onChange={() => onChange({ ...query, modules: toggle(query.modules, m.key) }, FILTER)} />
                {moduleLabel(m.key, vocab)}
              </label>
            ))}
          </div>
        </fieldset>

        <div className="grid grid-cols-2 gap-3">
          <label className="text-sm">
            <span className={LEGEND}>{t('interface')}</span>
            <select
              className={`${FIELD} mt-1`}
              value={query.direction ?? ''}
              onChange={(e) => onChange({ ...query, direction: (e.target.value || null) as CatalogQuery['direction'] }, FILTER)}
            >
              <option value="">{t('any')}</option>
              <option value="sender">{t('sender')}</option>
              <option value="receiver">{t('receiver')}</option>
            </select>
          </label>
          <label className="text-sm">
            <span className={LEGEND}>{t('personal')}</span>
            <select
              className={`${FIELD} mt-1`}
              value={query.personal ?? ''}
              onChange={(e) => onChange({ ...query, personal: (e.target.value || null) as CatalogQuery['personal'] }, FILTER)}
            >
              <option value="">{t('either')}</option>
              <option value="yes">{t('personalYes')}</option>
              <option value="no">{t('personalNo')}</option>
            </select>
          </label>
        </div>

        {facets.roles.length > 0 && (
          <fieldset>
            <legend className={LEGEND}>{t('role')}</legend>
            <div className="mt-1 flex flex-col gap-1 text-sm">
              {facets.roles.map((r) => (
                <label key={r} className={CHECK}>
                  <input type="checkbox" className="size-4" checked={query.roles.includes(r)} onChange={() => onChange({ ...query, roles: toggle(query.roles, r) }, FILTER)} />
                  <span>
                    {ROLES[r].key} <span className="text-xs text-slate-600 dark:text-slate-400">({roleLabel(r, vocab)})</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
        )}

        {facets.countries.length > 0 && (
          <fieldset>
            <legend className={LEGEND}>{t('country')}</legend>
            <div className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-sm">
              {facets.countries.map((c) => (
                <label key={c} className={CHECK}>
                  <input type="checkbox" className="size-4" checked={query.countries.includes(c)} onChange={() => onChange({ ...query, countries: toggle(query.countries, c) }, FILTER)} />
                  {c}
                </label>
              ))}
            </div>
          </fieldset>
        )}

        <label className="block text-sm">
          <span className={LEGEND}>{t('sort')}</span>
          <select className={`${FIELD} mt-1`} value={query.sort} onChange={(e) => onChange({ ...query, sort: e.target.value as CatalogQuery['sort'] }, FILTER)}>
            <option value="name">{t('sortName')}</option>
            <option value="country">{t('sortCountry')}</option>
            <option value="permissions">{t('sortPermissions')}</option>
          </select>
        </label>

      </div>

      {isFiltered(query) && (
        <button
          type="button"
          className="min-h-6 text-sm text-indigo-700 hover:underline dark:text-indigo-300"
          onClick={() => {
            search.clear()
            onChange({ ...EMPTY_QUERY, sort: query.sort }, FILTER)
          }}
        >
          {t('clear')}
        </button>
      )}
    </form>
  )
}
