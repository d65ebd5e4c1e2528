import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createPublicClient, http } from 'viem'
import { describe, expect, inject, it } from 'vitest'
import { LOCAL_PERMISSIONS } from '../chain/networks'
import { parseLogo } from '../manifest/logo'
import { parseManifest } from '../manifest/schema'
import { checkManifest, type FetchOutcome } from '../manifest/verify'
import { permissionsAbi } from '../ocn/abi'
import { anvilAddress } from './accounts'
import { DEFAULT_DEMO_ORIGIN, demoServices, demoServiceUrl, normalizeDemoOrigin } from './demo-manifests'
import { DEMO_ACCOUNT, DEMO_MANIFEST_FILES } from './demo-network'

const fileDigest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('base64')
const hosted = (file: string) => fileDigest(`public/demo/manifests/${file}.json`)

async function onChainUrl(account: number): Promise<string> {
  const client = createPublicClient({ transport: http(inject('chainUrl')) })
  const [, , , url] = await client.readContract({ address: LOCAL_PERMISSIONS, abi: permissionsAbi, functionName: 'getService', args: [anvilAddress(account)] })
  return url
}

describe('demo manifests', () => {
  it('seeds every manifest state: billing and location pinned to what is hosted, payment unpinned, smart charging pinned to an earlier version, the tariff monitor without a manifest', async () => {
    const base = `${DEFAULT_DEMO_ORIGIN}/demo/manifests`
    expect(await onChainUrl(DEMO_ACCOUNT.DE_BIL)).toBe(`${base}/billing.json#sha256-${hosted('billing')}`)
    expect(await onChainUrl(DEMO_ACCOUNT.NL_LOC)).toBe(`${base}/location.json#sha256-${hosted('location')}`)
    expect(await onChainUrl(DEMO_ACCOUNT.CH_PAY)).toBe(`${base}/payment.json`)

    const smartCharging = await onChainUrl(DEMO_ACCOUNT.GB_SCS)
    expect(smartCharging).toBe(`${base}/smart-charging.json#sha256-${fileDigest('lib/devnet/fixtures/smart-charging.earlier.json')}`)
    expect(smartCharging).not.toContain(hosted('smart-charging'))

    // Not a .json path, and the app serves no /.well-known/ocn-service.json: "no manifest".
    expect(await onChainUrl(DEMO_ACCOUNT.DE_TRF)).toBe(`${DEFAULT_DEMO_ORIGIN}/demo/tariff-monitor`)
  })

  it('builds the URLs from the origin the app is served on', async () => {
    const urls = (await demoServices('http://127.0.0.1:3100/')).map((s) => s.url)
    expect(urls.filter((url) => url.startsWith('http://127.0.0.1:3100/demo/'))).toHaveLength(5)
    expect(urls).toContain('https://co2.greenledger.example/ocn')
    expect(await demoServiceUrl({ kind: 'manifest', file: 'payment', commit: null }, 'https://demo.example')).toBe('https://demo.example/demo/manifests/payment.json')
  })

  it('refuses an origin with a path, a query or another scheme', () => {
    expect(normalizeDemoOrigin('http://localhost:3000/')).toBe('http://localhost:3000')
    for (const bad of ['http://localhost:3000/app', 'http://localhost:3000/?x=1', 'ftp://localhost', 'localhost:3000']) {
      expect(() => normalizeDemoOrigin(bad), bad).toThrow()
    }
  })

  it('hosts one file per manifest the seed names', () => {
    for (const file of DEMO_MANIFEST_FILES) expect(hosted(file)).toHaveLength(44)
  })
})

describe('what the app makes of the demo manifests', () => {
  const fetched = (path: string): FetchOutcome => ({ kind: 'body', bytes: readFileSync(path) })

  it('reads every state of the demo from the files as served, with the logos valid', async () => {
    const states: Record<string, string> = {}
    for (const service of await demoServices()) {
      if (service.listing.kind === 'external') continue
      const outcome: FetchOutcome =
        service.listing.kind === 'manifest' ? fetched(`public/demo/manifests/${service.listing.file}.json`) : { kind: 'missing', reason: 'HTTP 404' }
      const result = await checkManifest(service.url, outcome, { allowHttp: true })
      states[service.name] = result.state
      if (result.manifest?.logo) expect(parseLogo(result.manifest.logo).ok, service.name).toBe(true)
    }
    expect(states).toEqual({
      'Roaming Billing & Invoicing': 'verified',
      'Smart Payment': 'unverified',
      'Location Data Enrichment': 'verified',
      'Grid-Aware Smart Charging': 'changed',
      'Tariff Transparency Monitor': 'none',
    })
  })

  it('keeps the earlier smart charging manifest a valid one: the change is in the content, not a broken file', () => {
    const earlier = parseManifest(readFileSync('lib/devnet/fixtures/smart-charging.earlier.json'))
    expect(earlier.ok ? earlier.manifest.tagline : earlier.reason).toBe(
      (JSON.parse(readFileSync('public/demo/manifests/smart-charging.json', 'utf8')) as { tagline: string }).tagline,
    )
  })
})
