import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { RegistryContent } from '@/components/registry/RegistryContent'
import { ErrorDisplay } from '@/components/ui/ErrorDisplay'
import { registryView } from '@/lib/ocn/pieces'
import { readOnServer } from '@/lib/server/network'
import { parseRegistryQuery, registryTables } from '@/lib/registry/query'
import { PageHeader } from '@/components/ui/PageHeader'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('registry'))('metaTitle') }
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function RegistryPage({ searchParams }: Props) {
  const query = parseRegistryQuery(await searchParams)
  const [{ network, result }, t] = await Promise.all([readOnServer(registryView), getTranslations('registry')])
  // The server holds every party and node and sends one page of each table.
  const tables = result?.ok ? registryTables(result.data, query) : undefined
  return (
    <div className="space-y-8">
      <PageHeader title={t('title')}>{t('intro', { network: network.name })}</PageHeader>
      {result && !result.ok ? (
        <ErrorDisplay title={t('readError')} message={result.error} />
      ) : (
        <RegistryContent network={network} initial={tables} />
      )}
    </div>
  )
}
