import { manifestCheckPath } from '../manifest/check-client'
import type { ManifestResult } from '../manifest/types'
import type { Translate } from '../i18n/translate'

/** What the editor's "Check hosted file" shows: the server's result, or why there is none. */
export type HostedCheck = { ok: true; result: ManifestResult } | { ok: false; url: string; message: string }

/** Fetches the hosted file through the server's guarded fetcher and says what it found in plain words. */
export async function checkHostedManifest(onChainUrl: string, t: Translate, fetcher: typeof fetch = fetch): Promise<HostedCheck> {
  let response: Response
  try {
    response = await fetcher(manifestCheckPath(onChainUrl, { fresh: true }), { cache: 'no-store' })
  } catch {
    return { ok: false, url: onChainUrl, message: t('provider.manifest.checkOffline') }
  }
  const body = (await response.json().catch(() => null)) as (Partial<ManifestResult> & { error?: unknown }) | null
  // The route's refusals are plain sentences (a bad URL, too many checks); anything else is summed up, never shown raw.
  const said = body && typeof body.error === 'string' ? body.error : null
  if (response.status === 429) return { ok: false, url: onChainUrl, message: said ?? t('provider.manifest.checkTooSoon') }
  if (!response.ok || !body || typeof body.state !== 'string') {
    return { ok: false, url: onChainUrl, message: said ? t('provider.manifest.checkFailedSaid', { status: response.status, said }) : t('provider.manifest.checkFailed', { status: response.status }) }
  }
  return { ok: true, result: body as ManifestResult }
}
