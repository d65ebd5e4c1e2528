import { describe, expect, it } from 'vitest'
import { fetchManifestResult, isManifestResultFor, manifestCheckPath } from './check-client'
import type { ManifestResult } from './types'

const URL_ON_CHAIN = 'https://bill.example/ocn.json#sha256-abc+/=='
const RESULT: ManifestResult = {
  url: URL_ON_CHAIN,
  state: 'none',
  manifestUrl: 'https://bill.example/ocn.json',
  committed: null,
  actual: null,
  manifest: null,
  reason: 'Nothing is hosted at https://bill.example/ocn.json (404).',
  logoHash: null,
  checkedAt: 1,
}

function answer(status: number, body: unknown): typeof fetch {
  return async () => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })
}

describe('the check route, from the browser', () => {
  it('passes the whole on-chain URL, fragment included, as one encoded parameter', () => {
    const path = manifestCheckPath(URL_ON_CHAIN)
    expect(path).toBe('/api/manifests/check?url=https%3A%2F%2Fbill.example%2Focn.json%23sha256-abc%2B%2F%3D%3D')
    expect(new URLSearchParams(path.split('?')[1]).get('url')).toBe(URL_ON_CHAIN)
  })

  it('returns the result for the URL asked about', async () => {
    await expect(fetchManifestResult(URL_ON_CHAIN, answer(200, RESULT))).resolves.toEqual(RESULT)
  })

  it('refuses a result for another URL, an unknown state or a body that is not JSON', async () => {
    expect(isManifestResultFor({ ...RESULT, url: 'https://other.example/' }, URL_ON_CHAIN)).toBe(false)
    expect(isManifestResultFor({ ...RESULT, state: 'trusted' }, URL_ON_CHAIN)).toBe(false)
    await expect(fetchManifestResult(URL_ON_CHAIN, answer(200, '<html>'))).rejects.toThrow("The provider's manifest could not be checked.")
  })

  it('says plainly when it is rate limited or failed', async () => {
    await expect(fetchManifestResult(URL_ON_CHAIN, answer(429, { error: 'slow down' }))).rejects.toThrow('Too many manifest checks at once; try again in a moment.')
    await expect(fetchManifestResult(URL_ON_CHAIN, answer(500, RESULT))).rejects.toThrow("The provider's manifest could not be checked.")
  })
})
