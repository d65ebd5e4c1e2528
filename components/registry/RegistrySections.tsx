'use client'

import { useTranslations } from 'next-intl'
import { serializeRegistryQuery } from '@/lib/registry/query'
import { NodeList } from './NodeList'
import { RegistryOwner } from './RegistryOwner'
import { RegistryView, type RegistryTablesProps } from './RegistryView'

/** The Registry's two tables, whoever filtered and paged them (the server, or the browser on a custom RPC). */
export function RegistrySections({ network, tables, query, setQuery, pending }: RegistryTablesProps) {
  const t = useTranslations('registry')
  return (
    <>
      <RegistryOwner network={network} owner={tables.owner} />
      <section aria-labelledby="parties-title" className="space-y-3">
        <h2 id="parties-title" className="text-lg font-semibold">
          {t('parties')}
        </h2>
        <RegistryView network={network} tables={tables} query={query} setQuery={setQuery} pending={pending} />
      </section>
      <section aria-labelledby="nodes-title" className="space-y-3">
        <h2 id="nodes-title" className="text-lg font-semibold">
          {t('nodes')}
        </h2>
        <NodeList nodes={tables.nodes} network={network} search={serializeRegistryQuery(query)} />
      </section>
    </>
  )
}
