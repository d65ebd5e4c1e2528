import { catalogIndexView } from '@/lib/ocn/pieces'
import { manifestBook } from '@/lib/server/manifests'
import { currentSelection, readOnServer } from '@/lib/server/network'

/**
 * The catalog's compact client index for the network the server reads for this visitor (lib/catalog/index-codec.ts):
 * the browser fetches it when someone starts to search, then searches, filters and pages without the server. The
 * body is built once per snapshot and manifest epoch (Next gzips it on the way out, as it does pages); the ETag is
 * the catalog's version, so a browser holding the current index gets a 304.
 */
export async function GET(request: Request) {
  const { network } = await currentSelection()
  const { result } = await readOnServer((snapshot) => catalogIndexView(snapshot, manifestBook(network)))
  // A custom RPC: the browser reads that catalog itself, and the server holds nothing for it.
  if (!result) return Response.json({ error: 'This network is read by the browser.' }, { status: 404 })
  if (!result.ok) return Response.json({ error: result.error }, { status: 503, headers: { 'cache-control': 'no-store' } })
  const { version, json } = result.data
  const etag = `"${version}"`
  const headers: Record<string, string> = {
    etag,
    // Which network a visitor reads comes from a cookie; the browser revalidates each time (a 304 costs no body).
    'cache-control': 'private, no-cache',
    vary: 'Cookie',
    'content-type': 'application/json; charset=utf-8',
  }
  if (matchesEtag(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers })
  return new Response(json, { headers })
}

function matchesEtag(header: string | null, etag: string): boolean {
  return header !== null && header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)
}
