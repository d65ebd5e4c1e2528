import { useTranslations } from 'next-intl'
import { type CatalogPage, type CatalogQuery, type CatalogService, filtersManifests } from '@/lib/catalog/query'
import { TEXT_MUTED } from '@/components/ui/styles'

/**
 * What the results leave out because of manifests, said once above them: services whose manifest is still being
 * checked (they match no manifest filter until then), or, on a catalog the browser reads from a custom RPC, that
 * nobody checks manifests there at all (the server fetches them for the app's own networks only).
 */
export function ManifestNote({ view, query }: { view: CatalogPage<CatalogService>; query: CatalogQuery }) {
  const t = useTranslations('catalog')
  if (view.manifests === null) {
    return (
      <p data-testid="manifests-not-checked" className={`mb-3 text-sm ${TEXT_MUTED}`}>
        {t('manifestsNotChecked')}
      </p>
    )
  }
  const pending = view.manifests.pending
  if (pending === 0 || !filtersManifests(query)) return null
  return (
    <p data-testid="manifest-pending-note" role="status" className={`mb-3 text-sm ${TEXT_MUTED}`}>
      {t('manifestsPending', { count: pending })}
    </p>
  )
}
