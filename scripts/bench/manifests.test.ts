import { describe, expect, it } from 'vitest'
import { checkManifest } from '../../lib/manifest/verify'
import { CATALOG_PAGE_SIZE } from '../../lib/catalog/query'
import { benchCommitment, benchLogoPng, benchManifestBytes, expectedState } from './manifest-host'
import { cardStates, catalogViews } from './manifests'

describe('the manifests bench', () => {
  it('hosts valid manifests whose URLs give the state it expects, each with a logo of its own', async () => {
    const seen = new Set<string>()
    for (let index = 100; index < 130; index++) {
      const digest = await benchCommitment(index)
      const url = `http://127.0.0.1:3215/bench/${index}.json${digest ? `#sha256-${digest}` : ''}`
      const result = await checkManifest(url, { kind: 'body', bytes: benchManifestBytes(index) }, { allowHttp: true })
      expect(result.state, `service ${index}`).toBe(expectedState(index))
      expect(result.manifest?.tagline).toContain(`number ${index}`)
      seen.add(result.logoHash!)
      expect(benchLogoPng(index).subarray(1, 4).toString()).toBe('PNG')
    }
    expect(seen.size).toBe(30)
    const states = Array.from({ length: 1000 }, (_, i) => expectedState(i))
    expect(['verified', 'unverified', 'changed'].map((s) => states.filter((x) => x === s).length)).toEqual([400, 500, 100])
  })

  it('spreads the views over distinct pages and filters', () => {
    const views = catalogViews(100, 1000)
    expect(views).toHaveLength(100)
    expect(new Set(views).size).toBe(100)
    expect(views[0]).toBe('/services')
    expect(views).toContain('/services?page=40')
    expect(views).toContain('/services?category=billing')
    expect(views).toContain('/services?pricing=free&page=2')
    expect(views.some((v) => v.includes('q='))).toBe(true)
    // Never a page past the catalog's last (48 services: two pages).
    const small = catalogViews(100, 2 * CATALOG_PAGE_SIZE)
    expect(small.filter((v) => /^\/services\?page=/.test(v))).toEqual(['/services?page=2'])
    expect(small.some((v) => /page=3/.test(v))).toBe(false)
  })

  it('reads each card\'s provider and manifest state from the rendered page, badge attributes in any order', () => {
    const a = '0x' + 'Ab'.repeat(20)
    const b = '0x' + '12'.repeat(20)
    const html = `<main><article data-testid="service-card" data-provider="${a}" class="x"><img data-testid="service-logo"/>`
      + '<span data-state="verified" data-testid="manifest-state">Verified</span></article>'
      + `<article data-testid="service-card" data-provider="${b}"><span class="b" data-testid="manifest-state" data-state="pending">Checking manifest</span></article>`
      + `<article data-testid="service-card" data-provider="${a}"><h3>no badge</h3></article></main>`
    expect(cardStates(html)).toEqual([
      { provider: a.toLowerCase(), state: 'verified' },
      { provider: b, state: 'pending' },
      { provider: a.toLowerCase(), state: null },
    ])
    expect(cardStates('<main>No services</main>')).toEqual([])
  })
})
