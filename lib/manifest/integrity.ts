import type { Integrity } from './types'

const SHA256_BYTES = 32

function toBytes(input: Uint8Array | string): Uint8Array<ArrayBuffer> {
  if (typeof input === 'string') return new TextEncoder().encode(input)
  // A copy on a plain ArrayBuffer: crypto.subtle refuses views of a SharedArrayBuffer.
  return new Uint8Array(input)
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

export function base64ToBase64url(base64: string): string {
  return base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** SHA-256 of the exact bytes (a string is hashed as UTF-8), standard base64 with padding (the SRI form). WebCrypto: browser and Node alike. */
export async function sha256Base64(input: Uint8Array | string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', toBytes(input))
  return bytesToBase64(new Uint8Array(digest))
}

/**
 * A digest in standard base64 with padding, or null unless it decodes to exactly 32 bytes. base64url (`-`, `_`) and
 * missing padding are accepted, because providers paste digests from tools that print either; a mix of both
 * alphabets is refused as a typo.
 */
export function normalizeDigest(text: string): string | null {
  const standard = /^[A-Za-z0-9+/]+={0,2}$/.test(text)
  const url = /^[A-Za-z0-9_-]+={0,2}$/.test(text)
  if (!standard && !url) return null
  const bare = text.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/')
  // 32 bytes are 43 base64 characters before padding; anything else is a different length or a typo.
  if (bare.length !== 43) return null
  const padded = `${bare}=`
  let binary: string
  try {
    binary = atob(padded)
  } catch {
    return null
  }
  if (binary.length !== SHA256_BYTES) return null
  // Reject non-canonical encodings (unused low bits set), so one digest has one spelling.
  const canonical = btoa(binary)
  return canonical === padded ? canonical : null
}

/** Whether a URL fragment is meant as an integrity commitment (`sha256-…`, or another algorithm we do not take). */
export function looksLikeIntegrity(fragment: string): boolean {
  return /^sha\d*-/i.test(stripHash(fragment))
}

function stripHash(fragment: string): string {
  return fragment.startsWith('#') ? fragment.slice(1) : fragment
}

/**
 * Parses an integrity fragment `sha256-<base64>` (with or without the leading `#`, percent-encoding undone).
 * Null when the fragment is not a well-formed sha256 commitment: another algorithm, several digests, options
 * (`?…`), a second `#`, or a digest that is not 32 bytes.
 */
export function parseIntegrity(fragment: string): Integrity | null {
  let text = stripHash(fragment)
  try {
    text = decodeURIComponent(text)
  } catch {
    return null
  }
  const match = /^sha256-(.+)$/i.exec(text)
  if (!match) return null
  const digest = normalizeDigest(match[1])
  return digest ? { algorithm: 'sha256', digest } : null
}

/** The on-chain URL to publish: `url` with its fragment (if any) replaced by `#sha256-<digest>`. The rest stays verbatim. */
export function withIntegrity(url: string, digest: string): string {
  const hash = url.indexOf('#')
  const base = hash === -1 ? url : url.slice(0, hash)
  return `${base}#sha256-${normalizeDigest(digest) ?? digest}`
}

/** Whether a fetched body's digest (base64 or base64url) is what the URL commits. */
export function integrityMatches(integrity: Integrity, digest: string): boolean {
  const actual = normalizeDigest(digest)
  return actual !== null && integrity.algorithm === 'sha256' && integrity.digest === actual
}
