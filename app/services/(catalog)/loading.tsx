import { CatalogSkeleton } from '@/components/catalog/CatalogSkeleton'

export default function Loading() {
  return (
    <div>
      <h1 className="text-2xl font-bold tracking-tight">OCN services</h1>
      <div className="mt-6">
        <CatalogSkeleton />
      </div>
    </div>
  )
}
