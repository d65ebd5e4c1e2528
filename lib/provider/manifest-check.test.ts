import { describe, expect, it } from 'vitest'
import type { ManifestResult } from '../manifest/types'
import { manifestCheckPath } from '../manifest/check-client'
import { checkHostedManifest } from './manifest-check'
import { deT, enT } from '../i18n/testing'

const URL_ON_CHAIN = 'https://billing.example/ocn-service.json#sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='
const RESULT: ManifestResult = {
  url: URL_ON_CHAIN,
  state: 'changed',
  manifestUrl: 'https://billing.example/ocn-service.json',
  committed: '47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=',
  actual: 'LCa0a2j/xo/5m0U8HTBBNBNCLXBkg7+g+YpeiGJm564=',
  manifest: null,
  reason: null,
  logoHash: null,
  checkedAt: 1,
}

/** The route's answers as the browser receives them: real Response objects, the request recorded. */
const answering = (response: Response) => {
  const asked: string[] = []
  const fetcher = (async (input: RequestInfo | URL) => {
    asked.push(String(input))
    return response
  }) as typeof fetch
  return { asked, fetcher }
}

describe('hosted manifest check', () => {
  it('asks the check route for a fresh fetch of the on-chain URL, fragment included', async () => {
    const { asked, fetcher } = answering(Response.json(RESULT))
    expect(await checkHostedManifest(URL_ON_CHAIN, enT, fetcher)).toEqual({ ok: true, result: RESULT })
    expect(asked).toEqual([manifestCheckPath(URL_ON_CHAIN, { fresh: true })])
    const params = new URL(asked[0], 'http://app.example').searchParams
    expect(params.get('url')).toBe(URL_ON_CHAIN)
    expect(params.get('fresh')).toBe('1')
  })

  it("says when it was asked too often, in the route's words when it gives some", async () => {
    const said = answering(Response.json({ error: 'This URL was checked a moment ago: try again in 4 s.' }, { status: 429 }))
    expect(await checkHostedManifest(URL_ON_CHAIN, enT, said.fetcher)).toEqual({ ok: false, url: URL_ON_CHAIN, message: 'This URL was checked a moment ago: try again in 4 s.' })
    const bare = answering(new Response('', { status: 429 }))
    expect(await checkHostedManifest(URL_ON_CHAIN, enT, bare.fetcher)).toEqual({ ok: false, url: URL_ON_CHAIN, message: 'Checked very recently: wait a few seconds and check again.' })
  })

  it('says why a check did not complete, never shows a raw body', async () => {
    expect(await checkHostedManifest(URL_ON_CHAIN, enT, answering(Response.json({ error: 'Not a URL' }, { status: 400 })).fetcher)).toEqual({
      ok: false,
      url: URL_ON_CHAIN,
      message: 'The check did not complete (HTTP 400): Not a URL',
    })
    expect(await checkHostedManifest(URL_ON_CHAIN, enT, answering(new Response('<html>oops</html>', { status: 502 })).fetcher)).toEqual({
      ok: false,
      url: URL_ON_CHAIN,
      message: 'The check did not complete (HTTP 502).',
    })
    const offline = (async () => {
      throw new TypeError('Failed to fetch')
    }) as typeof fetch
    expect((await checkHostedManifest(URL_ON_CHAIN, enT, offline)).ok).toBe(false)
    expect(await checkHostedManifest(URL_ON_CHAIN, deT, offline)).toEqual({
      ok: false,
      url: URL_ON_CHAIN,
      message: 'Die App war nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    })
  })
})
