import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { integrityMatches, normalizeDigest, parseIntegrity, sha256Base64, withIntegrity } from './integrity'

const TEXT = '{"manifestVersion":1}\n'
const DIGEST = createHash('sha256').update(TEXT).digest('base64')
const DIGEST_URL = createHash('sha256').update(TEXT).digest('base64url')

describe('sha256Base64', () => {
  it('hashes a string as UTF-8 and bytes as they are, like node:crypto, in padded standard base64', async () => {
    expect(await sha256Base64(TEXT)).toBe(DIGEST)
    expect(await sha256Base64(new TextEncoder().encode(TEXT))).toBe(DIGEST)
    expect(await sha256Base64('é')).toBe(createHash('sha256').update('é', 'utf8').digest('base64'))
    expect(DIGEST).toHaveLength(44)
  })

  it('hashes bodies larger than one String.fromCharCode chunk', async () => {
    const big = new Uint8Array(200_000).map((_, i) => i % 251)
    expect(await sha256Base64(big)).toBe(createHash('sha256').update(big).digest('base64'))
  })
})

describe('parseIntegrity', () => {
  it('reads sha256-<base64> with or without the #', () => {
    expect(parseIntegrity(`sha256-${DIGEST}`)).toEqual({ algorithm: 'sha256', digest: DIGEST })
    expect(parseIntegrity(`#sha256-${DIGEST}`)).toEqual({ algorithm: 'sha256', digest: DIGEST })
  })

  it('takes base64url and unpadded digests, normalized to padded standard base64', () => {
    expect(parseIntegrity(`sha256-${DIGEST_URL}`)?.digest).toBe(DIGEST)
    expect(parseIntegrity(`sha256-${DIGEST.replace(/=$/, '')}`)?.digest).toBe(DIGEST)
  })

  it('undoes percent-encoding (a + or / pasted through an encoder)', () => {
    expect(parseIntegrity(`sha256-${encodeURIComponent(DIGEST)}`)?.digest).toBe(DIGEST)
    expect(parseIntegrity('sha256-%E0%A4%A')).toBeNull()
  })

  it('refuses malformed fragments: wrong length, other algorithms, several digests, options, a second #', () => {
    const bad = [
      '',
      'sha256-',
      `sha256-${DIGEST.slice(0, 40)}`,
      `sha256-${DIGEST}AAAA`,
      `sha384-${DIGEST}`,
      `sha512-${DIGEST}`,
      `md5-${DIGEST}`,
      `sha256-${DIGEST} sha256-${DIGEST}`,
      `sha256-${DIGEST}%20sha256-${DIGEST}`,
      `sha256-${DIGEST}#sha256-${DIGEST}`,
      `sha256-${DIGEST}?ct=application/json`,
      `sha256:${DIGEST}`,
      `sha256-${DIGEST.replace(/\+|\//, '-').replace(/[A-Z]/, '_')}!`,
      'section-2',
    ]
    for (const fragment of bad) expect(parseIntegrity(fragment), fragment).toBeNull()
  })

  it('refuses a digest mixing the base64 and base64url alphabets, and non-canonical trailing bits', () => {
    const mixed = `${DIGEST_URL.slice(0, 10)}+_${DIGEST_URL.slice(12)}`
    expect(normalizeDigest(mixed)).toBeNull()
    // The last of 43 characters carries 2 unused bits: setting them spells the same bytes differently.
    const last = DIGEST.charAt(42)
    const sibling = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.charAt(('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.indexOf(last) & ~3) | 1)
    expect(normalizeDigest(`${DIGEST.slice(0, 42)}${sibling}=`)).toBeNull()
  })
})

describe('withIntegrity and integrityMatches', () => {
  it('replaces any fragment, keeps the rest of the URL verbatim', () => {
    expect(withIntegrity('https://x.example/m.json', DIGEST)).toBe(`https://x.example/m.json#sha256-${DIGEST}`)
    expect(withIntegrity('https://x.example/m.json?v=2#old', DIGEST)).toBe(`https://x.example/m.json?v=2#sha256-${DIGEST}`)
    expect(withIntegrity(`https://X.example/a b.json#sha256-${DIGEST_URL}#x`, DIGEST_URL)).toBe(`https://X.example/a b.json#sha256-${DIGEST}`)
  })

  it('matches only the same 32 bytes, in either alphabet', () => {
    const integrity = parseIntegrity(`sha256-${DIGEST}`)!
    expect(integrityMatches(integrity, DIGEST)).toBe(true)
    expect(integrityMatches(integrity, DIGEST_URL)).toBe(true)
    expect(integrityMatches(integrity, createHash('sha256').update(`${TEXT} `).digest('base64'))).toBe(false)
    expect(integrityMatches(integrity, 'not a digest')).toBe(false)
  })
})
