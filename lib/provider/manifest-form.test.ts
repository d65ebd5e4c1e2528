import { describe, expect, it } from 'vitest'
import { LOGO_MAX_BYTES } from '../manifest/types'
import { serializeManifest } from '../manifest/schema'
import {
  draftFromManifest,
  EMPTY_MANIFEST_DRAFT,
  fieldOfIssue,
  hostedUrlProblem,
  logoFileProblem,
  type ManifestDraft,
  manifestFromDraft,
  parseList,
  previewSummary,
  readLogoFile,
  validateManifestDraft,
} from './manifest-form'
import { deT, enT } from '../i18n/testing'

// A real 1 × 1 PNG (signature, IHDR, IDAT, IEND).
const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='
const PNG_BYTES = Uint8Array.from(atob(PNG_BASE64), (c) => c.charCodeAt(0))

const DRAFT: ManifestDraft = {
  ...EMPTY_MANIFEST_DRAFT,
  tagline: '  Roaming billing in one API  ',
  description: 'We bill every CDR.\n\nSecond paragraph.',
  categories: ['payment', 'billing'],
  pricingModel: 'per-session',
  pricingText: '0.05 EUR per session',
  termsUrl: 'https://billing.example/terms',
  supportEmail: 'support@billing.example',
  countries: 'de, NL;fr DE',
  ocpiVersions: '2.2.1, 2.1.1',
  hostedUrl: 'https://billing.example/ocn-service.json',
}

describe('manifest form', () => {
  it('parses comma lists: any separator, each value once, in typed order', () => {
    expect(parseList('de, NL;fr  DE,,', { upperCase: true })).toEqual(['DE', 'NL', 'FR'])
    expect(parseList(' 2.2.1,2.1.1 2.2.1 ')).toEqual(['2.2.1', '2.1.1'])
    expect(parseList('  ')).toEqual([])
  })

  it('maps a draft to a manifest: trimmed, optional fields absent, categories in schema order', () => {
    const manifest = manifestFromDraft(DRAFT)
    expect(manifest).toEqual({
      manifestVersion: 1,
      tagline: 'Roaming billing in one API',
      description: 'We bill every CDR.\n\nSecond paragraph.',
      categories: ['billing', 'payment'],
      pricing: { model: 'per-session', text: '0.05 EUR per session' },
      termsUrl: 'https://billing.example/terms',
      support: { email: 'support@billing.example' },
      countries: ['DE', 'NL', 'FR'],
      ocpiVersions: ['2.2.1', '2.1.1'],
    })
    expect('privacyUrl' in manifest || 'logo' in manifest || 'url' in manifest.support || 'text' in manifestFromDraft({ ...DRAFT, pricingText: ' ' }).pricing).toBe(false)
  })

  it('drops categories a stale or tampered draft carries', () => {
    expect(manifestFromDraft({ ...DRAFT, categories: ['billing', 'crypto-mining'] }).categories).toEqual(['billing'])
  })

  it('round-trips a manifest through the form', () => {
    const manifest = manifestFromDraft({ ...DRAFT, logo: `data:image/png;base64,${PNG_BASE64}`, supportUrl: 'https://billing.example/help' })
    const draft = draftFromManifest(manifest, DRAFT.hostedUrl)
    expect(manifestFromDraft(draft)).toEqual(manifest)
    expect(draft.hostedUrl).toBe(DRAFT.hostedUrl)
  })

  it('validates with the schema and serializes what the app will verify', () => {
    const check = validateManifestDraft(DRAFT, { allowHttp: false, t: enT })
    expect(check.ok).toBe(true)
    if (!check.ok) return
    expect(JSON.parse(serializeManifest(check.manifest))).toEqual(manifestFromDraft(DRAFT))
  })

  it('asks for missing required fields in words', () => {
    const check = validateManifestDraft(EMPTY_MANIFEST_DRAFT, { allowHttp: false, t: enT })
    expect(check.ok).toBe(false)
    if (check.ok) return
    expect(check.errors).toEqual({
      tagline: 'Write a one-line tagline for the catalog card.',
      description: 'Describe what your service does.',
      categories: 'Choose at least one category.',
      pricingModel: 'Choose a pricing model.',
      supportEmail: 'Give a support email address or a support URL.',
    })
  })

  it('names the field and the value at fault', () => {
    const check = validateManifestDraft(
      { ...DRAFT, termsUrl: 'http://billing.example/terms', supportEmail: 'not-an-email', countries: 'DE, Germany', ocpiVersions: '2.2.1, latest', tagline: 'x'.repeat(121) },
      { allowHttp: false, t: enT },
    )
    expect(check.ok).toBe(false)
    if (check.ok) return
    expect(check.errors).toEqual({
      tagline: 'Tagline must be at most 120 characters.',
      termsUrl: 'Terms URL must be an https:// address, without a user name or password.',
      supportEmail: 'Support email must be an email address.',
      countries: 'Countries: “GERMANY” must be a two-letter ISO 3166-1 country code in capitals.',
      ocpiVersions: 'OCPI versions: “latest” must be a version such as 2.2.1.',
    })
  })

  it('says the same in German, and counts repeated or too many values', () => {
    const check = validateManifestDraft({ ...DRAFT, countries: 'DE, Deutschland', tagline: 'x'.repeat(121), termsUrl: 'http://billing.example/terms' }, { allowHttp: false, t: deT })
    expect(check.ok).toBe(false)
    if (check.ok) return
    expect(check.errors.tagline).toBe('Kurzbeschreibung: höchstens 120 Zeichen.')
    expect(check.errors.countries).toBe('Länder: „DEUTSCHLAND“ muss ein zweibuchstabiger Ländercode nach ISO 3166-1 in Großbuchstaben sein.')
    expect(check.errors.termsUrl).toBe('URL der Bedingungen: Geben Sie eine https://-Adresse ohne Benutzername und Passwort an.')
    const many = validateManifestDraft({ ...DRAFT, ocpiVersions: Array.from({ length: 11 }, (_, i) => `2.${i}`).join(',') }, { allowHttp: false, t: enT })
    expect(many.ok ? null : many.errors.ocpiVersions).toBe('OCPI versions: at most 10 entries.')
  })

  it('takes plain http URLs only where the server fetches them: the local network', () => {
    const draft = { ...DRAFT, termsUrl: 'http://127.0.0.1:3000/terms' }
    expect(validateManifestDraft(draft, { allowHttp: true, t: enT }).ok).toBe(true)
    expect(validateManifestDraft(draft, { allowHttp: false, t: enT }).ok).toBe(false)
  })

  it('maps schema paths to form fields', () => {
    expect(fieldOfIssue(['pricing', 'model'])).toBe('pricingModel')
    expect(fieldOfIssue(['pricing', 'text'])).toBe('pricingText')
    expect(fieldOfIssue(['support'])).toBe('supportEmail')
    expect(fieldOfIssue(['support', 'url'])).toBe('supportUrl')
    expect(fieldOfIssue(['countries', 2])).toBe('countries')
    expect(fieldOfIssue([])).toBe('form')
    expect(fieldOfIssue(['hostedUrl'])).toBe('form')
  })

  it('checks the hosted URL before it becomes the on-chain URL', () => {
    expect(hostedUrlProblem('', { allowHttp: false, t: enT })).toBe('Enter the URL where you host the manifest.')
    expect(hostedUrlProblem('billing.example/ocn-service.json', { allowHttp: false, t: enT })).toMatch(/^Enter a full URL/)
    expect(hostedUrlProblem('http://billing.example/ocn-service.json', { allowHttp: false, t: enT })).toBe('Enter an https URL: the app fetches manifests over https only.')
    expect(hostedUrlProblem('http://127.0.0.1:3000/demo/ocn-service.json', { allowHttp: true, t: enT })).toBeNull()
    expect(hostedUrlProblem('ftp://billing.example/x.json', { allowHttp: true, t: enT })).toBe('Enter an http(s) URL.')
    expect(hostedUrlProblem('https://user:pw@billing.example/x.json', { allowHttp: false, t: enT })).toBe('Leave the user name and password out of the URL.')
    expect(hostedUrlProblem(' https://billing.example/ocn ', { allowHttp: false, t: enT })).toBeNull()
    expect(hostedUrlProblem('http://billing.example/ocn-service.json', { allowHttp: false, t: deT })).toBe('Geben Sie eine https-URL ein: Die App ruft Manifeste nur über https ab.')
  })

  it('previews the card as verified with the manifest content', () => {
    const manifest = manifestFromDraft(DRAFT)
    expect(previewSummary(manifest)).toEqual({
      state: 'verified',
      tagline: 'Roaming billing in one API',
      categories: ['billing', 'payment'],
      pricing: 'per-session',
      pricingText: '0.05 EUR per session',
      logoHash: null,
    })
    // A draft with nothing chosen yet previews as an empty card, not as a pricing model called ''.
    expect(previewSummary(manifestFromDraft(EMPTY_MANIFEST_DRAFT))).toMatchObject({ tagline: null, pricing: null, categories: [] })
  })
})

describe('logo files', () => {
  it('refuses SVG by type or by name, other types, empty and oversized files', () => {
    expect(logoFileProblem({ name: 'logo.svg', type: 'image/svg+xml', size: 300 }, enT)).toMatch(/^SVG logos are refused/)
    expect(logoFileProblem({ name: 'logo.SVG', type: '', size: 300 }, enT)).toMatch(/^SVG logos are refused/)
    expect(logoFileProblem({ name: 'logo.gif', type: 'image/gif', size: 300 }, enT)).toBe('Choose a PNG or WebP image.')
    expect(logoFileProblem({ name: 'logo.png', type: 'image/png', size: 0 }, enT)).toBe('This file is empty.')
    expect(logoFileProblem({ name: 'logo.png', type: 'image/png', size: LOGO_MAX_BYTES + 1 }, enT)).toMatch(/^This image is 24\.1 KiB; a logo may be at most 24 KiB/)
    expect(logoFileProblem({ name: 'logo.png', type: 'image/png', size: LOGO_MAX_BYTES + 1 }, deT)).toMatch(/^Dieses Bild hat 24,1 KiB; ein Logo darf höchstens 24 KiB/)
    expect(logoFileProblem({ name: 'logo.webp', type: 'image/webp', size: LOGO_MAX_BYTES }, enT)).toBeNull()
  })

  it('reads a PNG to a data: URL the schema takes', async () => {
    const read = await readLogoFile(new File([PNG_BYTES], 'logo.png', { type: 'image/png' }), enT)
    expect(read).toEqual({ ok: true, dataUrl: `data:image/png;base64,${PNG_BASE64}` })
    if (!read.ok) return
    expect(validateManifestDraft({ ...DRAFT, logo: read.dataUrl }, { allowHttp: false, t: enT }).ok).toBe(true)
  })

  it('refuses a file whose bytes are not what its type says (an SVG renamed .png)', async () => {
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    const read = await readLogoFile(new File([svg], 'logo.png', { type: 'image/png' }), enT)
    expect(read).toEqual({ ok: false, reason: 'This file is not a valid PNG or WebP image. Export the logo again as a PNG or WebP image.' })
  })
})
