import { PageHeader } from '@/components/ui/PageHeader'
import { RegistrySkeleton } from '@/components/registry/RegistrySkeleton'

export default function Loading() {
  return (
    <div className="space-y-8">
      <PageHeader title="OCN Registry" />
      <RegistrySkeleton />
    </div>
  )
}
