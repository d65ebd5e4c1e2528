/** The pure parts of the manifest routes (app/api/manifests/): what a request may ask, what a logo is served with. */

import { LOGO_POLICY } from '../security/headers'

/** base64url sha256, as lib/manifest/verify.ts computes logoHash. */
export function isLogoHash(hash: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(hash)
}

/** The bytes are an image and nothing else: no sniffing, no scripts even if opened directly, cacheable for good. */
export function logoHeaders(type: 'image/png' | 'image/webp', length: number): Record<string, string> {
  return {
    'content-type': type,
    'content-length': String(length),
    'x-content-type-options': 'nosniff',
    // proxy.ts sets the same on the way out (its header wins over a route's).
    'content-security-policy': LOGO_POLICY,
    'cross-origin-resource-policy': 'same-origin',
    'cache-control': 'public, max-age=31536000, immutable',
  }
}

export const LOGO_NOT_FOUND_HEADERS = { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' }

export const CHECK_URL_MAX_CHARS = 2_048

/** The URL to check, or the plain sentence saying what is wrong with the request. */
export function checkedUrl(params: URLSearchParams): { url: string } | { error: string } {
  const url = params.get('url')
  if (url === null || url.trim() === '') return { error: 'Give the service URL to check: ?url=https://…' }
  if (url.length > CHECK_URL_MAX_CHARS) return { error: `The URL is too long (at most ${CHECK_URL_MAX_CHARS.toLocaleString('en')} characters).` }
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return { error: 'That is not a URL.' }
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return { error: 'Only http(s) URLs have a manifest to check.' }
  return { url }
}
