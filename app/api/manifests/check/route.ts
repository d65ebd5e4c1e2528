import { checkRequest } from '@/lib/server/manifest-routes'

/**
 * The manifest check for one on-chain URL on the visitor's network: what the catalog holds, or with `fresh=1` a new
 * fetch whose answer replaces it (the provider console's "check what is hosted now"; rate-limited).
 */
export async function GET(request: Request) {
  return checkRequest(request)
}
