import { ErrorDisplay } from '@/components/ui/ErrorDisplay'
import { summaryView } from '@/lib/ocn/pieces'
import { readOnServer } from '@/lib/server/network'
import { OverviewFigures } from './OverviewFigures'

/** Streams in after the page's static text, so a slow RPC shows a skeleton rather than a blank page. */
export async function ServerFigures() {
  const { network, result } = await readOnServer(summaryView)
  if (result && !result.ok) {
    return (
      <div className="mt-3">
        <ErrorDisplay title="The OCN network could not be read" message={result.error} />
      </div>
    )
  }
  return <OverviewFigures network={network} initial={result?.data} />
}
