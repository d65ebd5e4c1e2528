import type { Metadata } from 'next'
import { RegistryContent } from '@/components/registry/RegistryContent'
import { ErrorDisplay } from '@/components/ui/ErrorDisplay'
import { registryView } from '@/lib/ocn/pieces'
import { readOnServer } from '@/lib/server/network'
import { parseRegistryQuery, registryTables } from '@/lib/registry/query'
import { PageHeader } from '@/components/ui/PageHeader'

export const metadata: Metadata = { title: 'Registry' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function RegistryPage({ searchParams }: Props) {
  const query = parseRegistryQuery(await searchParams)
  const { network, result } = await readOnServer(registryView)
  // The server holds every party and node and sends one page of each table.
  const tables = result?.ok ? registryTables(result.data, query) : undefined
  return (
    <div className="space-y-8">
      <PageHeader title="OCN Registry">
        Every party listed on {network.name}, with the OCN node that routes its OCPI messages.
      </PageHeader>
      {result && !result.ok ? (
        <ErrorDisplay title="The Registry could not be read" message={result.error} />
      ) : (
        <RegistryContent network={network} initial={tables} />
      )}
    </div>
  )
}
