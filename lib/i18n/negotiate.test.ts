import { describe, expect, it } from 'vitest'
import { negotiateLocale } from './negotiate'

const AVAILABLE = ['en', 'de']

describe('negotiateLocale', () => {
  it('keeps a language the visitor chose over what the browser asks for', () => {
    expect(negotiateLocale('de', 'en-US,en;q=0.9', AVAILABLE)).toBe('de')
    expect(negotiateLocale('en', 'de-DE,de;q=0.9', AVAILABLE)).toBe('en')
  })

  it('ignores a chosen language that has no catalogue', () => {
    expect(negotiateLocale('fr', 'de-DE', AVAILABLE)).toBe('de')
  })

  it("follows the browser's preference, regional variants and q-values included", () => {
    expect(negotiateLocale(undefined, 'de-AT,de;q=0.9,en;q=0.8', AVAILABLE)).toBe('de')
    expect(negotiateLocale(undefined, 'fr-FR,fr;q=0.9,de;q=0.7,en;q=0.5', AVAILABLE)).toBe('de')
    expect(negotiateLocale(undefined, 'en;q=0.4,de;q=0.8', AVAILABLE)).toBe('de')
    expect(negotiateLocale(undefined, 'en-GB', AVAILABLE)).toBe('en')
  })

  it('falls back to English for no header, an unknown language or a malformed header', () => {
    expect(negotiateLocale(undefined, null, AVAILABLE)).toBe('en')
    expect(negotiateLocale(undefined, 'ja-JP,ja;q=0.9', AVAILABLE)).toBe('en')
    expect(negotiateLocale(undefined, '*', AVAILABLE)).toBe('en')
    expect(negotiateLocale(undefined, '!!!,de-;;q=x', AVAILABLE)).toBe('en')
  })
})
