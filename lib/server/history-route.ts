import 'server-only'
import { isAddress } from 'viem'
import { HISTORY_PAGE_MAX, historyPaths, isHistoryCursor } from '../history/client'
import { historyJsonOnServer } from './history'

type Scope = 'services' | 'parties'
type What = 'activity' | 'agreements'

const PATHS = {
  services: { activity: historyPaths.serviceActivity, agreements: historyPaths.serviceAgreements },
  parties: { activity: historyPaths.partyActivity, agreements: historyPaths.partyAgreements },
} as const

const HEADERS = { 'cache-control': 'private, no-store', vary: 'Cookie' }

function badRequest(error: string): Response {
  return Response.json({ error }, { status: 400, headers: HEADERS })
}

/**
 * The browser's window on the indexer: one of four fixed paths, the address and cursor checked here, so a visitor
 * never chooses what the server fetches beyond a page of one address's history.
 */
export async function historyRoute(request: Request, scope: Scope, what: What, address: string): Promise<Response> {
  if (!isAddress(address, { strict: false })) return badRequest('Not an address: expected 0x and 40 hex digits.')
  const params = new URL(request.url).searchParams
  const before = params.get('before') ?? undefined
  if (before !== undefined && !isHistoryCursor(before)) return badRequest('Not a history cursor.')
  const rawLimit = params.get('limit')
  const limit = rawLimit === null ? undefined : Number(rawLimit)
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1 && limit <= HISTORY_PAGE_MAX)) {
    return badRequest(`limit must be a whole number from 1 to ${HISTORY_PAGE_MAX}.`)
  }
  const json = await historyJsonOnServer(PATHS[scope][what](address, before, limit))
  return Response.json(json, { headers: HEADERS })
}
