'use client'

import { AppLink } from '@/components/ui/AppLink'
import { useState } from 'react'
import type { Address } from 'viem'
import type { Network } from '@/lib/chain/networks'
import { ROLES, roleKey } from '@/lib/ocn/catalog'
import { formatCredentials } from '@/lib/ocn/codecs'
import type { Party } from '@/lib/ocn/reads'
import { applyRegistryQuery, parseRegistryQuery, type RegistryQuery, serializeRegistryQuery } from '@/lib/registry/query'
import { useDebouncedCallback } from '@/lib/hooks/useDebouncedCallback'
import { useUrlState } from '@/lib/hooks/useUrlState'
import { EmptyState } from '@/components/ui/EmptyState'
import { UntrustedText } from '@/components/ui/UntrustedText'

const FIELD = 'rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-900'

type Props = { network: Network; parties: Party[]; providers: Address[] }

export function RegistryView({ network, parties, providers }: Props) {
  const [query, setQuery] = useUrlState(parseRegistryQuery, serializeRegistryQuery)
  const [text, setText] = useState(query.q)
  const commitSearch = useDebouncedCallback((q: string) => setQuery({ ...query, q }), 250)
  const shown = applyRegistryQuery(parties, query)
  const countries = [...new Set(parties.map((p) => p.countryCode).filter((c) => /^[A-Z]{2}$/.test(c)))].sort()
  const single = (values: number[] | string[]) => (values.length === 1 ? String(values[0]) : '')

  return (
    <div className="space-y-3">
      <form role="search" className="flex flex-wrap items-end gap-3" onSubmit={(e) => e.preventDefault()}>
        <label className="text-sm">
          <span className="block text-xs font-semibold uppercase tracking-wide text-slate-500">Search</span>
          <input
            type="search"
            aria-label="Search parties"
            className={FIELD}
            placeholder="DE*MSP, address or node"
            value={text}
            onChange={(e) => {
              setText(e.target.value)
              commitSearch(e.target.value)
            }}
          />
        </label>
        <label className="text-sm">
          <span className="block text-xs font-semibold uppercase tracking-wide text-slate-500">Role</span>
          <select
            className={FIELD}
            value={single(query.roles)}
            onChange={(e) => setQuery({ ...query, roles: e.target.value === '' ? [] : [Number(e.target.value)] } satisfies RegistryQuery)}
          >
            <option value="">All roles</option>
            {ROLES.map((role, i) => (
              <option key={role.key} value={i}>
                {role.label}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="block text-xs font-semibold uppercase tracking-wide text-slate-500">Country</span>
          <select className={FIELD} value={single(query.countries)} onChange={(e) => setQuery({ ...query, countries: e.target.value ? [e.target.value] : [] })}>
            <option value="">All countries</option>
            {countries.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </label>
        <p className="ml-auto text-sm text-slate-600 dark:text-slate-400" aria-live="polite" data-testid="party-count">
          {shown.length === parties.length ? `${parties.length} parties` : `${shown.length} of ${parties.length} parties`}
        </p>
      </form>
      {shown.length === 0 ? (
        <EmptyState title={parties.length ? 'No party matches your filters' : `No parties are listed on ${network.name} yet`} />
      ) : (
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
              {shown.map((party) => (
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
                    {providers.includes(party.address) && (
                      <AppLink href={`/services/${party.address}`} className="text-indigo-700 hover:underline dark:text-indigo-300">
                        offers a service
                      </AppLink>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  )
}
