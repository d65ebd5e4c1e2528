import { describe, expect, it } from 'vitest'
import { countryNames, descriptionParagraphs, mailtoHref, manifestTerms, MAX_PARAGRAPHS, pendingPollDelay, PENDING_POLL_DELAYS_MS } from './display'
import type { ManifestResult, ManifestState, ServiceManifest } from './types'

const MANIFEST: ServiceManifest = {
  manifestVersion: 1,
  tagline: 'Invoices for roaming sessions',
  description: 'Billing.',
  categories: ['billing'],
  pricing: { model: 'per-session', text: '0.05 EUR per session' },
  termsUrl: 'https://bill.example/terms',
  support: { email: 'help@bill.example' },
  countries: ['DE'],
  ocpiVersions: ['2.2.1'],
}

function result(state: ManifestState, manifest: ServiceManifest | null = MANIFEST): ManifestResult {
  return { url: 'https://bill.example/ocn.json', state, manifestUrl: 'https://bill.example/ocn.json', committed: null, actual: null, manifest, reason: null, logoHash: null, checkedAt: 0 }
}

describe('description paragraphs', () => {
  it('splits on blank lines (also CRLF and whitespace-only lines) and keeps single line breaks as spaces', () => {
    expect(descriptionParagraphs('First line\nstill first.\n\nSecond.\r\n \r\nThird.\n\n\n\n')).toEqual(['First line still first.', 'Second.', 'Third.'])
  })

  it('has no paragraph for a blank description', () => {
    expect(descriptionParagraphs(' \n\n \n')).toEqual([])
  })

  it(`joins everything past ${MAX_PARAGRAPHS} paragraphs into the last, so nothing is dropped and the page stays bounded`, () => {
    const paragraphs = descriptionParagraphs(Array.from({ length: 30 }, (_, i) => `p${i}`).join('\n\n'))
    expect(paragraphs).toHaveLength(MAX_PARAGRAPHS)
    expect(paragraphs.at(-2)).toBe(`p${MAX_PARAGRAPHS - 2}`)
    expect(paragraphs.at(-1)).toBe(Array.from({ length: 30 - MAX_PARAGRAPHS + 1 }, (_, i) => `p${i + MAX_PARAGRAPHS - 1}`).join(' '))
  })
})

describe('country names', () => {
  it('names countries and keeps their codes', () => {
    expect(countryNames(['DE', 'NL', 'GB'])).toEqual([
      { code: 'DE', name: 'Germany' },
      { code: 'NL', name: 'Netherlands' },
      { code: 'GB', name: 'United Kingdom' },
    ])
  })

  it('shows a code the runtime cannot name as the code, without throwing', () => {
    expect(countryNames(['ZZ', 'not a code'])).toEqual([
      { code: 'ZZ', name: expect.any(String) },
      { code: 'not a code', name: 'not a code' },
    ])
  })
})

describe('support e-mail', () => {
  it('links a plain address', () => {
    expect(mailtoHref('support@bill.example')).toBe('mailto:support@bill.example')
    expect(mailtoHref('first.last+ocn@sub.bill-example.co')).toBe('mailto:first.last+ocn@sub.bill-example.co')
  })

  it.each([
    ['header injection', 'a@bill.example?bcc=all@victim.example'],
    ['a second recipient', 'a@bill.example,b@bill.example'],
    ['a display name', 'Support <a@bill.example>'],
    ['a hidden character', 'sup\u200bport@bill.example'],
    ['no domain dot', 'support@localhost'],
    ['a javascript scheme', 'javascript:alert(1)//@x.example'],
    ['spaces', 'sup port@bill.example'],
  ])('keeps %s as text', (_, email) => {
    expect(mailtoHref(email)).toBeNull()
  })
})

describe("the provider's terms", () => {
  it('are the committed terms for a verified or unverified manifest', () => {
    expect(manifestTerms(result('verified'))).toEqual({ url: 'https://bill.example/terms', committed: true })
    expect(manifestTerms(result('unverified'))).toEqual({ url: 'https://bill.example/terms', committed: true })
  })

  it('are only a warning for a changed manifest', () => {
    expect(manifestTerms(result('changed'))).toEqual({ url: 'https://bill.example/terms', committed: false })
  })

  it('are none without a manifest, without termsUrl, or while pending', () => {
    expect(manifestTerms(null)).toBeNull()
    expect(manifestTerms(result('none', null))).toBeNull()
    expect(manifestTerms(result('pending', null))).toBeNull()
    expect(manifestTerms(result('verified', { ...MANIFEST, termsUrl: undefined }))).toBeNull()
  })
})

describe('checking a pending manifest again', () => {
  it('waits longer each time, then stops', () => {
    const delays = PENDING_POLL_DELAYS_MS.map((_, attempt) => pendingPollDelay(attempt))
    expect(delays).toEqual([...PENDING_POLL_DELAYS_MS])
    expect(delays.every((delay, i) => i === 0 || delay! > delays[i - 1]!)).toBe(true)
    expect(pendingPollDelay(PENDING_POLL_DELAYS_MS.length)).toBeNull()
  })
})
