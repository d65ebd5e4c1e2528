'use client'

import { useTranslations } from 'next-intl'
import { useMemo } from 'react'
import type { Network } from '@/lib/chain/networks'
import { useOcnQuery } from '@/lib/hooks/useOcnQuery'
import { useUrlState } from '@/lib/hooks/useUrlState'
import type { RegistryPageData } from '@/lib/ocn/page-reads'
import { parseRegistryQuery, registryTables, serializeRegistryQuery } from '@/lib/registry/query'
import { QueryView } from '@/components/ui/QueryView'
import { RegistrySections } from './RegistrySections'
import { RegistrySkeleton } from './RegistrySkeleton'

/** The Registry read by the browser from a custom RPC: it holds every party and pages them as the server would. */
export function BrowserRegistry({ network }: { network: Network }) {
  const t = useTranslations('registry')
  const registry = useOcnQuery<RegistryPageData>(
    network,
    ['registry-page'],
    (ctx) => import('@/lib/ocn/page-reads').then(({ readRegistryPage }) => readRegistryPage(ctx)),
    undefined,
  )
  const { state: query, setState, pending } = useUrlState(parseRegistryQuery, serializeRegistryQuery, { renderer: 'browser' })
  const tables = useMemo(() => registry.data && registryTables(registry.data, query), [registry.data, query])
  return (
    <QueryView query={registry} skeleton={<RegistrySkeleton />} errorTitle={t('readError')}>
      {() => tables && <RegistrySections network={network} tables={tables} query={query} setQuery={setState} pending={pending} />}
    </QueryView>
  )
}
