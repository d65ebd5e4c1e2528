import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { CatalogView } from '@/components/catalog/CatalogView'
import { ErrorDisplay } from '@/components/ui/ErrorDisplay'
import { PageHeader } from '@/components/ui/PageHeader'
import { parseCatalogQuery } from '@/lib/catalog/query'
import { catalogPageView } from '@/lib/ocn/pieces'
import { manifestBook } from '@/lib/server/manifests'
import { currentSelection, readOnServer } from '@/lib/server/network'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('catalog'))('pageTitle') }
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/**
 * No loading skeleton streams in front of the catalog: React would reveal a streamed boundary no sooner than
 * 300 ms after the first paint, by which time the page's scripts hold the main thread, so a cached catalog would
 * show late. Deciding per request (skeleton only when the read is slow) would give the page two shapes, and a
 * navigation from one to the other would remount the filters and lose what was being typed in the search box.
 */
export default async function ServicesPage({ searchParams }: Props) {
  const query = parseCatalogQuery(await searchParams)
  // The server holds the whole catalog and sends one page of it; lookalikes are still found over the whole catalog,
  // and providers' manifests come from the server's cache for this network (the view runs only when it is read here).
  const selected = (await currentSelection()).network
  const { network, result } = await readOnServer((snapshot) => catalogPageView(snapshot, query, manifestBook(selected)))
  const initial = result?.ok ? result.data : undefined
  const t = await getTranslations('catalog')
  return (
    <div>
      <PageHeader title={t('title')}>{t('intro')}</PageHeader>
      <div className="mt-6">
        {result && !result.ok ? (
          <ErrorDisplay title={t('readError')} message={result.error} unreachable={result.unreachable} />
        ) : (
          <CatalogView network={network} initial={initial} />
        )}
      </div>
    </div>
  )
}
