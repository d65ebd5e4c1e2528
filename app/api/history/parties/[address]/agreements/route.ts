import { historyRoute } from '@/lib/server/history-route'

/** One page of history for the browser ("Show older", catching up): lib/server/history-route.ts. */
export async function GET(request: Request, { params }: { params: Promise<{ address: string }> }) {
  return historyRoute(request, 'parties', 'agreements', (await params).address)
}
