import type { Metadata } from 'next'
import { CatalogView } from '@/components/catalog/CatalogView'
import { ReadErrorState } from '@/components/ui/ReadErrorState'
import { catalogView } from '@/lib/ocn/pieces'
import { readOnServer } from '@/lib/server/network'

export const metadata: Metadata = { title: 'Services' }

export default async function ServicesPage() {
  const { network, result } = await readOnServer(catalogView)
  return (
    <div>
      <h1 className="text-2xl font-bold tracking-tight">OCN services</h1>
      <p className="mt-1 max-w-3xl text-slate-700 dark:text-slate-300">
        Each service lists the OCPI data it asks for. If you agree to one, your OCN node sends it a copy of those
        requests — nothing else, and only requests your own party sends.
      </p>
      <div className="mt-6">
        {result && !result.ok ? (
          <ReadErrorState title="The service catalog could not be loaded" message={result.error} />
        ) : (
          <CatalogView network={network} initialServices={result?.data.services} initialLookalikes={result?.data.lookalikes} />
        )}
      </div>
    </div>
  )
}
