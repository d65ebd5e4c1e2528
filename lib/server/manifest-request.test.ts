import { describe, expect, it } from 'vitest'
import { base64ToBase64url, sha256Base64 } from '../manifest/integrity'
import { checkedUrl, isLogoHash, logoHeaders } from './manifest-request'

const ask = (query: string) => checkedUrl(new URLSearchParams(query))

describe('checkedUrl', () => {
  it('takes an http(s) URL, fragment and all', () => {
    expect(ask('url=https%3A%2F%2Fp.example%2Focn.json%23sha256-abc')).toEqual({ url: 'https://p.example/ocn.json#sha256-abc' })
    expect(ask('url=http://localhost:3000/demo/manifests/billing.json')).toEqual({ url: 'http://localhost:3000/demo/manifests/billing.json' })
  })

  it('refuses a missing, blank, oversized, unparsable or non-http URL with a plain sentence', () => {
    expect(ask('')).toEqual({ error: 'Give the service URL to check: ?url=https://…' })
    expect(ask('url=%20')).toEqual({ error: 'Give the service URL to check: ?url=https://…' })
    expect(ask(`url=https://p.example/${'a'.repeat(2_100)}`)).toEqual({ error: 'The URL is too long (at most 2,048 characters).' })
    expect(ask('url=not%20a%20url')).toEqual({ error: 'That is not a URL.' })
    expect(ask('url=javascript:alert(1)')).toEqual({ error: 'Only http(s) URLs have a manifest to check.' })
    expect(ask('url=file:///etc/passwd')).toEqual({ error: 'Only http(s) URLs have a manifest to check.' })
  })
})

describe('isLogoHash', () => {
  it('accepts exactly a base64url sha256', async () => {
    const hash = base64ToBase64url(await sha256Base64('logo'))
    expect(isLogoHash(hash)).toBe(true)
    expect(isLogoHash(hash.slice(1))).toBe(false)
    expect(isLogoHash(`${hash}=`)).toBe(false)
    // Standard base64 (what the integrity fragment uses) is not the logo key, padded or not.
    expect(isLogoHash('NZjOb5ZbJIH+JjFsBrMJUMRqx/jnIp8QSqePV5mXZo0=')).toBe(false)
    expect(isLogoHash('NZjOb5ZbJIH+JjFsBrMJUMRqx/jnIp8QSqePV5mXZo0')).toBe(false)
    expect(isLogoHash('../../etc/passwd'.padEnd(43, 'a'))).toBe(false)
  })
})

describe('logoHeaders', () => {
  it('serves an image with a fixed type, no sniffing, no active content, cached for good', () => {
    expect(logoHeaders('image/webp', 26)).toEqual({
      'content-type': 'image/webp',
      'content-length': '26',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
      'cross-origin-resource-policy': 'same-origin',
      'cache-control': 'public, max-age=31536000, immutable',
    })
  })
})
