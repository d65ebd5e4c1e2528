import { historyCsvResponse } from '@/lib/server/history-csv'

/** A party's agreement history (every period it agreed and revoked) as CSV, for its records. */
export async function GET(_request: Request, { params }: { params: Promise<{ address: string }> }) {
  return historyCsvResponse('party-agreements', (await params).address)
}
