import { RegistrySkeleton } from '@/components/registry/RegistrySkeleton'

export default function Loading() {
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold tracking-tight">OCN Registry</h1>
      <RegistrySkeleton />
    </div>
  )
}
