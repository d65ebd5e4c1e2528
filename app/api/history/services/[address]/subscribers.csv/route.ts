import { historyCsvResponse } from '@/lib/server/history-csv'

/** A provider's subscriber history (every party that agreed to its service, and when it revoked) as CSV. */
export async function GET(_request: Request, { params }: { params: Promise<{ address: string }> }) {
  return historyCsvResponse('provider-subscribers', (await params).address)
}
