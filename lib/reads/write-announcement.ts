import type { Hex } from 'viem'
import { TX_HASH_PATTERN } from './write-confirmation'

/** The body the browser posts to /api/chain-writes after its own transaction was confirmed: `{"hash":"0x…"}`. */
export const MAX_ANNOUNCEMENT_BYTES = 200

export type Announcement = { ok: true; hash: Hex } | { ok: false; status: 400 | 403 | 413; error: string }

/**
 * Checks who sent the announcement and what it holds. Only the app's own pages may send it (a browser's Origin,
 * or Sec-Fetch-Site, names the page that sent it; another site's form or script is refused), and only a hash.
 */
export function parseAnnouncement(headers: { origin: string | null; host: string | null; fetchSite: string | null }, body: string): Announcement {
  if (headers.fetchSite !== null && headers.fetchSite !== 'same-origin') return { ok: false, status: 403, error: 'Only this site may announce writes.' }
  let originHost: string | null = null
  try {
    originHost = headers.origin ? new URL(headers.origin).host : null
  } catch {
    originHost = null
  }
  if (!originHost || originHost !== headers.host) return { ok: false, status: 403, error: 'Only this site may announce writes.' }
  if (body.length > MAX_ANNOUNCEMENT_BYTES) return { ok: false, status: 413, error: 'The announcement is too large.' }
  let hash: unknown
  try {
    hash = (JSON.parse(body) as { hash?: unknown } | null)?.hash
  } catch {
    return { ok: false, status: 400, error: 'The announcement is not JSON.' }
  }
  if (typeof hash !== 'string' || !TX_HASH_PATTERN.test(hash)) return { ok: false, status: 400, error: 'The announcement needs a transaction hash.' }
  return { ok: true, hash: hash as Hex }
}
