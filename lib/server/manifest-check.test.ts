import { afterAll, describe, expect, it } from 'vitest'
import { startTestListener, TEST_LISTENER_PORT } from '../devnet/test-listener'
import { base64ToBase64url, sha256Base64, withIntegrity } from '../manifest/integrity'
import { parseLogo } from '../manifest/logo'
import { exampleManifest, exampleManifestText } from '../manifest/test-manifests'
import { LogoStore } from './logo-store'
import { createManifestCheck, manifestTtlMs } from './manifest-check'

const text = exampleManifestText()
let hosted = text

const server = await startTestListener((request, _body, response) => {
  if (request.url === '/ocn.json' || request.url === '/.well-known/ocn-service.json') {
    return response.writeHead(200, { 'content-type': 'application/json' }).end(hosted)
  }
  response.writeHead(404, { 'content-type': 'application/json' }).end('{}')
}, TEST_LISTENER_PORT)
afterAll(() => server.stop())

const logos = () => new LogoStore({ maxLogos: 10, maxBytes: 1 << 20 })

describe('createManifestCheck', () => {
  it('checks a hosted manifest against the committed hash: verified, then changed when the file changes', async () => {
    const digest = await sha256Base64(text)
    const url = withIntegrity(`${server.url}/ocn.json`, digest)
    const { check, fetches } = createManifestCheck(true, logos())
    hosted = text
    const verified = await check(url)
    expect(verified).toMatchObject({ url, state: 'verified', committed: digest, actual: digest, manifestUrl: `${server.url}/ocn.json` })
    expect(verified.manifest?.tagline).toBe(exampleManifest().tagline)
    hosted = JSON.stringify({ ...exampleManifest(), tagline: 'Now something else' })
    const changed = await check(url)
    expect(changed.state).toBe('changed')
    expect(changed.actual).not.toBe(digest)
    expect(fetches.count).toBe(2)
    hosted = text
  })

  it('keeps the validated logo in the store by its hash and drops the data URL from the cached result', async () => {
    const store = logos()
    const { check } = createManifestCheck(true, store)
    const result = await check(`${server.url}/ocn.json`)
    expect(result.state).toBe('unverified')
    expect(result.manifest).not.toBeNull()
    expect(result.manifest && 'logo' in result.manifest).toBe(false)
    const parsed = parseLogo(exampleManifest().logo!)
    if (!parsed.ok) throw new Error(parsed.reason)
    expect(result.logoHash).toBe(base64ToBase64url(await sha256Base64(parsed.bytes)))
    expect(store.get(result.logoHash!)).toEqual({ type: 'image/png', bytes: parsed.bytes })
  })

  it('looks under /.well-known/ at the origin of a URL that is not a .json document; a 404 there is no manifest', async () => {
    const { check } = createManifestCheck(true, logos())
    expect((await check(`${server.url}/some/service`)).state).toBe('unverified')
    expect(server.hitsOn('/.well-known/ocn-service.json')).toBe(1)
    const none = await check(`${server.url}/missing.json`)
    expect(none).toMatchObject({ state: 'none', reason: 'the server answered 404: no manifest there' })
  })

  it('fetches nothing for a URL that is not http(s)', async () => {
    const { check, fetches } = createManifestCheck(true, logos())
    const before = server.hits.length
    expect((await check('ocpi://provider.example/versions')).state).toBe('none')
    expect(fetches.count).toBe(0)
    expect(server.hits.length).toBe(before)
  })

  it('outside the local network, refuses the loopback server and plain http: unreachable, with the reason', async () => {
    const { check } = createManifestCheck(false, logos())
    const before = server.hits.length
    expect(await check(`${server.url}/ocn.json`)).toMatchObject({ state: 'unreachable', reason: 'only https addresses are fetched' })
    const https = await check(`https://127.0.0.1:${TEST_LISTENER_PORT}/ocn.json`)
    expect(https.state).toBe('unreachable')
    expect(https.reason).toContain('loopback')
    expect(server.hits.length).toBe(before)
  })
})

describe('manifestTtlMs', () => {
  it('reads OCN_MANIFEST_TTL_SECONDS, 600 s when unset or not a non-negative number', () => {
    expect(manifestTtlMs({})).toBe(600_000)
    expect(manifestTtlMs({ OCN_MANIFEST_TTL_SECONDS: '2' })).toBe(2_000)
    expect(manifestTtlMs({ OCN_MANIFEST_TTL_SECONDS: ' 0.5 ' })).toBe(500)
    expect(manifestTtlMs({ OCN_MANIFEST_TTL_SECONDS: '0' })).toBe(0)
    expect(manifestTtlMs({ OCN_MANIFEST_TTL_SECONDS: '' })).toBe(600_000)
    expect(manifestTtlMs({ OCN_MANIFEST_TTL_SECONDS: '-5' })).toBe(600_000)
    expect(manifestTtlMs({ OCN_MANIFEST_TTL_SECONDS: 'ten' })).toBe(600_000)
  })
})
