'use client'

import { useTranslations } from 'next-intl'
import { useMemo } from 'react'
import { catalogPage, parseCatalogQuery, serializeCatalogQuery } from '@/lib/catalog/query'
import type { Network } from '@/lib/chain/networks'
import type { Service } from '@/lib/ocn/reads'
import { useLookalikes } from '@/lib/hooks/useLookalikes'
import { useOcnQuery } from '@/lib/hooks/useOcnQuery'
import { useUrlState } from '@/lib/hooks/useUrlState'
import { QueryView } from '@/components/ui/QueryView'
import { RefreshButton } from '@/components/ui/RefreshButton'
import { CatalogBrowser } from './CatalogBrowser'
import { CatalogSkeleton } from './CatalogSkeleton'

/**
 * The catalog read by the browser from a custom RPC (the server never reads it): the browser holds every service
 * and pages them with the same function the server uses, so only the address bar changes on a filter.
 */
export function BrowserCatalog({ network }: { network: Network }) {
  const t = useTranslations('catalog')
  const services = useOcnQuery<Service[]>(network, ['services'], (ctx) => import('@/lib/ocn/reads').then(({ readServices }) => readServices(ctx)), undefined)
  const { state: query, setState, pending } = useUrlState(parseCatalogQuery, serializeCatalogQuery, { renderer: 'browser' })
  const view = useMemo(() => services.data && catalogPage(services.data, query), [services.data, query])
  const lookalikes = useLookalikes(services.data)
  return (
    <QueryView query={services} skeleton={<CatalogSkeleton />} errorTitle={t('readError')}>
      {() =>
        view && (
          <CatalogBrowser
            network={network}
            view={view}
            lookalikes={lookalikes}
            query={query}
            setQuery={setState}
            pending={pending}
            refresh={<RefreshButton refreshing={services.isFetching} onRefresh={() => services.refetch()} failed={services.isError} />}
          />
        )
      }
    </QueryView>
  )
}
