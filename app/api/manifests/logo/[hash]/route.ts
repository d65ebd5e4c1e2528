import { logoHeaders, LOGO_NOT_FOUND_HEADERS, isLogoHash } from '@/lib/server/manifest-request'
import { logoFor } from '@/lib/server/manifests'

/**
 * A provider's logo, by the hash of its bytes: only logos the server fetched and validated itself (PNG or WebP,
 * magic bytes checked), never a fetch on the visitor's behalf. Content-addressed, so cached for good.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ hash: string }> }) {
  const { hash } = await params
  const logo = isLogoHash(hash) ? logoFor(hash) : null
  if (!logo) return new Response('No such logo.', { status: 404, headers: LOGO_NOT_FOUND_HEADERS })
  return new Response(logo.bytes.slice(), { headers: logoHeaders(logo.type, logo.bytes.length) })
}
