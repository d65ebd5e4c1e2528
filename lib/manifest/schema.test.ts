import { describe, expect, it } from 'vitest'
import { parseManifest, serializeManifest } from './schema'
import { exampleManifest, exampleManifestText, WEBP_1X1 } from './test-manifests'

function parse(value: unknown, options?: { allowHttp?: boolean }) {
  return parseManifest(JSON.stringify(value), options)
}

function reasonFor(change: (m: Record<string, unknown>) => void, options?: { allowHttp?: boolean }): string {
  const m = exampleManifest() as unknown as Record<string, unknown>
  change(m)
  const result = parse(m, options)
  if (result.ok) throw new Error('expected the manifest to be refused')
  return result.reason
}

describe('manifest schema', () => {
  it('accepts the example manifest and one with only the required fields', () => {
    const full = parseManifest(exampleManifestText())
    expect(full.ok && full.manifest.tagline).toBe('Roaming invoices for charge point operators, reconciled per session')
    const minimal = { manifestVersion: 1, tagline: 'T', description: 'D', categories: ['other'], pricing: { model: 'free' }, support: { url: 'https://x.example/help' }, countries: [], ocpiVersions: [] }
    const result = parse(minimal)
    expect(result.ok).toBe(true)
  })

  it('refuses unknown keys at every level, naming them', () => {
    expect(reasonFor((m) => (m.taglne = 'typo'))).toBe('The manifest is not valid: unknown field "taglne".')
    expect(reasonFor((m) => ((m.pricing as Record<string, unknown>).currency = 'EUR'))).toBe('The manifest is not valid: unknown field "currency" in pricing.')
    expect(reasonFor((m) => ((m.support as Record<string, unknown>).phone = '+49'))).toContain('"phone" in support')
  })

  it('requires manifestVersion 1 and the required fields', () => {
    expect(reasonFor((m) => (m.manifestVersion = 2))).toBe('The manifest is not valid: manifestVersion must be 1.')
    expect(reasonFor((m) => delete m.tagline)).toBe('The manifest is not valid: tagline is missing.')
    expect(reasonFor((m) => (m.support = {}))).toContain('support must give an email address or a URL')
    expect(parseManifest('[]')).toEqual({ ok: false, reason: 'The manifest is not valid: the manifest must be a JSON object.' })
  })

  it('holds every bound at its limit and refuses one past it', () => {
    const at = exampleManifest()
    at.tagline = 'x'.repeat(120)
    at.description = 'y'.repeat(2000)
    at.pricing.text = 'z'.repeat(200)
    at.categories = ['billing', 'payment', 'data-enrichment', 'smart-charging', 'analytics', 'roaming', 'reporting', 'other']
    at.countries = Array.from({ length: 60 }, (_, i) => String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26)))
    at.ocpiVersions = Array.from({ length: 10 }, (_, i) => `2.${i}`)
    at.termsUrl = `https://a.example/${'p'.repeat(500 - 'https://a.example/'.length)}`
    at.support.email = `${'e'.repeat(200 - '@a.example'.length)}@a.example`
    expect(parse(at).ok).toBe(true)

    expect(reasonFor((m) => (m.tagline = 'x'.repeat(121)))).toBe('The manifest is not valid: tagline must be at most 120 characters.')
    expect(reasonFor((m) => (m.description = 'y'.repeat(2001)))).toContain('description must be at most 2000 characters')
    expect(reasonFor((m) => ((m.pricing as Record<string, unknown>).text = 'z'.repeat(201)))).toContain('pricing.text must be at most 200 characters')
    expect(reasonFor((m) => (m.termsUrl = `https://a.example/${'p'.repeat(483)}`))).toContain('termsUrl must be at most 500 characters')
    expect(reasonFor((m) => ((m.support as Record<string, unknown>).email = `${'e'.repeat(191)}@a.example`))).toContain('support.email must be at most 200 characters')
    expect(reasonFor((m) => (m.categories = [...at.categories, 'billing']))).toContain('categories must name at most 8 categories')
    expect(reasonFor((m) => (m.countries = [...at.countries, 'ZZ']))).toContain('countries must list at most 60 countries')
    expect(reasonFor((m) => (m.ocpiVersions = [...at.ocpiVersions, '3.0']))).toContain('ocpiVersions must list at most 10 versions')
  })

  it('refuses malformed values with the field named', () => {
    expect(reasonFor((m) => (m.categories = ['billing', 'crypto']))).toContain('categories[1] must be one of billing, payment')
    expect(reasonFor((m) => (m.categories = []))).toContain('categories must name at least one category')
    expect(reasonFor((m) => (m.categories = ['billing', 'billing']))).toContain('categories must not repeat a category')
    expect(reasonFor((m) => ((m.pricing as Record<string, unknown>).model = 'per-minute'))).toContain('pricing.model must be one of free, subscription')
    expect(reasonFor((m) => (m.countries = ['de']))).toContain('countries[0] must be a two-letter ISO 3166-1 country code in capitals')
    expect(reasonFor((m) => (m.ocpiVersions = ['v2.2']))).toContain('ocpiVersions[0] must be a version such as 2.2.1')
    expect(reasonFor((m) => (m.tagline = 'two\nlines'))).toContain('tagline must be one line without control characters')
    expect(reasonFor((m) => (m.description = 'bell \u0007'))).toContain('description must not contain control characters')
    expect(reasonFor((m) => (m.termsUrl = ''))).toBe('The manifest is not valid: termsUrl must be an https:// address.')
    expect(reasonFor((m) => (m.tagline = ''))).toContain('tagline must not be empty')
    expect(reasonFor((m) => ((m.support as Record<string, unknown>).email = 'not-an-email'))).toContain('support.email must be an email address')
  })

  it('takes https URLs only, plain http only with allowHttp', () => {
    expect(reasonFor((m) => (m.termsUrl = 'http://billing.example.com/terms'))).toContain('termsUrl must be an https:// address')
    const local = exampleManifest()
    local.termsUrl = 'http://localhost:3000/terms'
    expect(parse(local, { allowHttp: true }).ok).toBe(true)
    for (const bad of ['javascript:alert(1)', 'data:text/html,hi', 'https:billing.example.com', 'https://user:pw@billing.example.com/', 'ftp://billing.example.com/terms', ' https://billing.example.com/terms']) {
      expect(reasonFor((m) => (m.privacyUrl = bad), { allowHttp: true })).toContain('privacyUrl must be')
    }
  })

  it('takes PNG and WebP logos whose bytes are what they say; refuses SVG, fake magic and oversize', () => {
    const webp = exampleManifest()
    webp.logo = `data:image/webp;base64,${WEBP_1X1}`
    expect(parse(webp).ok).toBe(true)
    expect(reasonFor((m) => (m.logo = 'data:image/svg+xml;base64,PHN2Zy8+'))).toContain('logo must be a PNG or WebP data: URL (SVG is refused)')
    expect(reasonFor((m) => (m.logo = `data:image/png;base64,${WEBP_1X1}`))).toContain("logo The logo's bytes are not a PNG image.")
    expect(reasonFor((m) => (m.logo = 'https://billing.example.com/logo.png'))).toContain('logo must be a PNG or WebP data: URL')
    const big = `data:image/png;base64,${'A'.repeat(32 * 1024 + 4)}`
    expect(reasonFor((m) => (m.logo = big))).toContain('logo is too large')
  })

  it('refuses what is not UTF-8 JSON', () => {
    expect(parseManifest(new Uint8Array([0x7b, 0xff, 0x7d]))).toEqual({ ok: false, reason: 'The manifest is not valid UTF-8 text.' })
    expect(parseManifest('{"manifestVersion": 1,')).toEqual({ ok: false, reason: 'The manifest is not valid JSON.' })
    const bytes = new TextEncoder().encode(exampleManifestText())
    expect(parseManifest(bytes).ok).toBe(true)
  })

  it('names the first three problems and counts the rest', () => {
    const reason = parseManifest('{}').ok ? '' : (parseManifest('{}') as { reason: string }).reason
    expect(reason).toBe('The manifest is not valid: manifestVersion must be 1; tagline is missing; description is missing (and 5 more).')
  })
})

describe('serializeManifest', () => {
  it('writes 2-space JSON in schema key order with one trailing newline, whatever order the object has', () => {
    const m = exampleManifest()
    const shuffled = Object.fromEntries(Object.entries(m).reverse()) as typeof m
    shuffled.pricing = { text: m.pricing.text, model: m.pricing.model } as typeof m.pricing
    expect(serializeManifest(shuffled)).toBe(exampleManifestText())
  })

  it('leaves absent fields out instead of writing undefined or null, and round-trips through parseManifest', () => {
    const m = exampleManifest()
    delete m.logo
    delete m.termsUrl
    m.pricing = { model: 'free', text: undefined }
    const text = serializeManifest(m)
    expect(text).not.toContain('logo')
    expect(text).not.toContain('termsUrl')
    expect(text).not.toContain('"text"')
    const back = parseManifest(text)
    expect(back.ok && serializeManifest(back.manifest)).toBe(text)
  })
})
