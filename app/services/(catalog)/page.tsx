import type { Metadata } from 'next'
import { Suspense } from 'react'
import { CatalogSkeleton } from '@/components/catalog/CatalogSkeleton'
import { type CatalogPageData, CatalogView } from '@/components/catalog/CatalogView'
import { ReadErrorState } from '@/components/ui/ReadErrorState'
import { type CatalogQuery, catalogPage, flagsFor, parseCatalogQuery } from '@/lib/catalog/query'
import { type CatalogPageData as CatalogRead, catalogView } from '@/lib/ocn/pieces'
import { readOnServer } from '@/lib/server/network'
import { settlesWithin } from '@/lib/server/settles-within'

export const metadata: Metadata = { title: 'Services' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/**
 * How long the page waits for the catalog before it streams a skeleton instead. A cached catalog takes a few
 * milliseconds; a skeleton streamed in front of it would only delay its paint (React reveals a streamed boundary
 * no sooner than 300 ms after the first paint, by which time the page's scripts hold the main thread).
 */
const AT_HAND_MS = 100

/** The server holds the whole catalog and sends one page of it; lookalikes are still found over the whole catalog. */
function pageWithFlags({ services, lookalikes }: CatalogRead, query: CatalogQuery): CatalogPageData {
  const page = catalogPage(services, query)
  return { ...page, lookalikes: flagsFor(lookalikes, page.items) }
}

async function CatalogBody({ read, query }: { read: ReturnType<typeof readOnServer<CatalogRead>>; query: CatalogQuery }) {
  const { network, result } = await read
  if (result && !result.ok) return <ReadErrorState title="The service catalog could not be loaded" message={result.error} />
  return <CatalogView network={network} query={query} initial={result ? pageWithFlags(result.data, query) : undefined} />
}

export default async function ServicesPage({ searchParams }: Props) {
  const query = parseCatalogQuery(await searchParams)
  const read = readOnServer(catalogView)
  const body = <CatalogBody read={read} query={query} />
  return (
    <div>
      <h1 className="text-2xl font-bold tracking-tight">OCN services</h1>
      <p className="mt-1 max-w-3xl text-slate-700 dark:text-slate-300">
        Each service lists the OCPI data it asks for. If you agree to one, your OCN node sends it a copy of those
        requests — nothing else, and only requests your own party sends.
      </p>
      <div className="mt-6">{(await settlesWithin(read, AT_HAND_MS)) ? body : <Suspense fallback={<CatalogSkeleton />}>{body}</Suspense>}</div>
    </div>
  )
}
