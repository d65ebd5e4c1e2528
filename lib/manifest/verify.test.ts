import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { serializeManifest } from './schema'
import { exampleManifest, exampleManifestText } from './test-manifests'
import type { ManifestState } from './types'
import { checkManifest, summarize, type FetchOutcome } from './verify'

const BODY = exampleManifestText()
const BYTES = new TextEncoder().encode(BODY)
const DIGEST = createHash('sha256').update(BODY).digest('base64')
const OTHER = createHash('sha256').update('an earlier version').digest('base64')
const INVALID = new TextEncoder().encode('{"manifestVersion": 2}')
const body: FetchOutcome = { kind: 'body', bytes: BYTES }
const missing: FetchOutcome = { kind: 'missing', reason: 'Nothing is hosted there (HTTP 404).' }
const failed: FetchOutcome = { kind: 'failed', reason: 'The address is private (loopback).' }
const URL_JSON = 'https://billing.example.com/ocn.json'

async function stateOf(url: string, fetched: FetchOutcome): Promise<ManifestState> {
  return (await checkManifest(url, fetched, { now: 1 })).state
}

describe('checkManifest', () => {
  it('decides the state from the URL and the fetch (the table)', async () => {
    const table: [string, FetchOutcome, ManifestState][] = [
      [`${URL_JSON}#sha256-${DIGEST}`, body, 'verified'],
      [URL_JSON, body, 'unverified'],
      [`${URL_JSON}#sha256-${OTHER}`, body, 'changed'],
      [`${URL_JSON}#sha256-${OTHER}`, { kind: 'body', bytes: INVALID }, 'changed'],
      [`${URL_JSON}#sha256-${createHash('sha256').update(INVALID).digest('base64')}`, { kind: 'body', bytes: INVALID }, 'invalid'],
      [URL_JSON, { kind: 'body', bytes: INVALID }, 'invalid'],
      [URL_JSON, missing, 'none'],
      [`${URL_JSON}#sha256-${DIGEST}`, missing, 'none'],
      [URL_JSON, failed, 'unreachable'],
      [`${URL_JSON}#sha256-${DIGEST}`, failed, 'unreachable'],
      ['ftp://billing.example.com/ocn.json', body, 'none'],
      ['not a url', failed, 'none'],
      [`${URL_JSON}#sha256-short`, body, 'unverified'],
      [`${URL_JSON}#pricing`, body, 'unverified'],
    ]
    for (const [url, fetched, state] of table) expect(await stateOf(url, fetched), `${url} ${fetched.kind}`).toBe(state)
  })

  it('fills a verified result: committed and actual hashes, the manifest, the logo key', async () => {
    const url = `${URL_JSON}#sha256-${DIGEST}`
    const result = await checkManifest(url, body, { now: 42 })
    const logoBytes = Buffer.from(exampleManifest().logo!.split(',')[1], 'base64')
    expect(result).toEqual({
      url,
      state: 'verified',
      manifestUrl: URL_JSON,
      committed: DIGEST,
      actual: DIGEST,
      manifest: JSON.parse(BODY),
      reason: null,
      logoHash: createHash('sha256').update(logoBytes).digest('base64url'),
      checkedAt: 42,
    })
  })

  it('verifies a base64url commitment against the same bytes', async () => {
    const url = `${URL_JSON}#sha256-${createHash('sha256').update(BODY).digest('base64url')}`
    expect(await stateOf(url, body)).toBe('verified')
  })

  it('hashes the exact bytes: one changed space is a change', async () => {
    const edited = new TextEncoder().encode(BODY.replace('"manifestVersion": 1', '"manifestVersion":  1'))
    expect(await stateOf(`${URL_JSON}#sha256-${DIGEST}`, { kind: 'body', bytes: edited })).toBe('changed')
    expect(await stateOf(URL_JSON, { kind: 'body', bytes: edited })).toBe('unverified')
  })

  it('says why, for changed, invalid, none, unreachable and a malformed commitment', async () => {
    const changed = await checkManifest(`${URL_JSON}#sha256-${OTHER}`, body)
    expect(changed).toMatchObject({ committed: OTHER, actual: DIGEST, reason: 'The hosted manifest does not match the hash the provider committed on chain.' })
    expect(changed.manifest?.tagline).toBe(exampleManifest().tagline)
    const changedInvalid = await checkManifest(`${URL_JSON}#sha256-${OTHER}`, { kind: 'body', bytes: INVALID })
    expect(changedInvalid.reason).toContain('What is hosted now is not a valid manifest either: The manifest is not valid: manifestVersion must be 1')
    expect(changedInvalid.manifest).toBeNull()
    expect((await checkManifest(URL_JSON, { kind: 'body', bytes: INVALID })).reason).toContain('manifestVersion must be 1')
    expect((await checkManifest(URL_JSON, missing)).reason).toBe('Nothing is hosted there (HTTP 404).')
    expect(await checkManifest('mailto:a@b.example', body)).toMatchObject({ manifestUrl: null, actual: null, reason: 'The service URL is not an http(s) address, so it has no manifest.' })
    expect((await checkManifest(URL_JSON, failed)).reason).toBe('The address is private (loopback).')
    expect((await checkManifest(`${URL_JSON}#sha256-short`, body)).reason).toContain('not a well-formed #sha256-<base64>')
    expect((await checkManifest(URL_JSON, body)).reason).toBeNull()
  })

  it('takes http URLs inside the manifest only when allowed (the local network)', async () => {
    const local = exampleManifest()
    local.termsUrl = 'http://localhost:3000/terms'
    const bytes = new TextEncoder().encode(serializeManifest(local))
    expect(await stateOf(URL_JSON, { kind: 'body', bytes })).toBe('invalid')
    expect((await checkManifest(URL_JSON, { kind: 'body', bytes }, { allowHttp: true })).state).toBe('unverified')
  })
})

describe('summarize', () => {
  it('carries the provider words only for verified and unverified', async () => {
    const verified = summarize(await checkManifest(`${URL_JSON}#sha256-${DIGEST}`, body))
    expect(verified).toEqual({
      state: 'verified',
      tagline: exampleManifest().tagline,
      categories: ['billing', 'reporting'],
      pricing: 'per-session',
      pricingText: exampleManifest().pricing.text,
      logoHash: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
    })
    expect(summarize(await checkManifest(URL_JSON, body)).tagline).toBe(exampleManifest().tagline)
    const changed = summarize(await checkManifest(`${URL_JSON}#sha256-${OTHER}`, body))
    expect(changed).toEqual({ state: 'changed', tagline: null, categories: [], pricing: null, pricingText: null, logoHash: null })
    expect(summarize(await checkManifest(URL_JSON, missing)).state).toBe('none')
  })

  it('gives pricingText null when the manifest has none', async () => {
    const m = exampleManifest()
    delete m.pricing.text
    delete m.logo
    const summary = summarize(await checkManifest(URL_JSON, { kind: 'body', bytes: new TextEncoder().encode(serializeManifest(m)) }))
    expect(summary).toMatchObject({ state: 'unverified', pricingText: null, logoHash: null })
  })
})
