import { type CatalogPage, type CatalogQuery, type CatalogService, filtersManifests } from '@/lib/catalog/query'
import { TEXT_MUTED } from '@/components/ui/styles'

/**
 * What the results leave out because of manifests, said once above them: services whose manifest is still being
 * checked (they match no manifest filter until then), or, on a catalog the browser reads from a custom RPC, that
 * nobody checks manifests there at all (the server fetches them for the app's own networks only).
 */
export function ManifestNote({ view, query }: { view: CatalogPage<CatalogService>; query: CatalogQuery }) {
  if (view.manifests === null) {
    return (
      <p data-testid="manifests-not-checked" className={`mb-3 text-sm ${TEXT_MUTED}`}>
        Manifests are checked for the app&apos;s networks only: these cards show what the chain holds.
      </p>
    )
  }
  const pending = view.manifests.pending
  if (pending === 0 || !filtersManifests(query)) return null
  return (
    <p data-testid="manifest-pending-note" role="status" className={`mb-3 text-sm ${TEXT_MUTED}`}>
      {pending === 1 ? "Still checking 1 provider's manifest" : `Still checking ${pending.toLocaleString('en')} providers' manifests`}: they are left
      out of these results until the check is done.
    </p>
  )
}
