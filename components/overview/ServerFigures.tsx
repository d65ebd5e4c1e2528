import { getTranslations } from 'next-intl/server'
import { ErrorDisplay } from '@/components/ui/ErrorDisplay'
import { summaryView } from '@/lib/ocn/pieces'
import { readOnServer } from '@/lib/server/network'
import { OverviewFigures } from './OverviewFigures'

/** Streams in after the page's static text, so a slow RPC shows a skeleton rather than a blank page. */
export async function ServerFigures() {
  const { network, result } = await readOnServer(summaryView)
  if (result && !result.ok) {
    const t = await getTranslations('home')
    return (
      <div className="mt-3">
        <ErrorDisplay title={t('readError')} message={result.error} unreachable={result.unreachable} />
      </div>
    )
  }
  return <OverviewFigures network={network} initial={result?.data} />
}
