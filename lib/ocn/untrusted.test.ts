import { describe, expect, it } from 'vitest'
import { cleanText, inspectUrl, isBlank, safeExternalUrl } from './untrusted'

describe('untrusted on-chain text', () => {
  it('leaves ordinary names alone', () => {
    expect(cleanText('Smart Payment', 80)).toEqual({
      text: 'Smart Payment',
      full: 'Smart Payment',
      truncated: false,
      hiddenCharacters: false,
      blank: false,
    })
  })

  it('makes right-to-left overrides and zero-width characters visible', () => {
    const spoof = 'Smart\u200b Pay\u202Etnem'
    const clean = cleanText(spoof, 80)
    expect(clean.hiddenCharacters).toBe(true)
    expect(clean.text).toBe('Smart⟨U+200B⟩ Pay⟨U+202E⟩tnem')
    expect(cleanText('\ufeffa\u200db', 80).text).toBe('⟨U+FEFF⟩a⟨U+200D⟩b')
  })

  it('bounds long values and keeps the whole value reachable', () => {
    const long = 'Billing '.repeat(1_250)
    const clean = cleanText(long, 120)
    expect([...clean.text]).toHaveLength(120)
    expect(clean.text.endsWith('…')).toBe(true)
    expect(clean.truncated).toBe(true)
    expect(clean.full).toBe(long)
  })

  it('cuts by characters, not UTF-16 units, so emoji are not split', () => {
    expect(cleanText('⚡⚡⚡⚡', 3).text).toBe('⚡⚡…')
  })

  it('links only http and https URLs', () => {
    expect(safeExternalUrl('https://billing.voltbill.example/ocn')).toBe('https://billing.voltbill.example/ocn')
    expect(safeExternalUrl('http://localhost:8080')).toBe('http://localhost:8080/')
    expect(safeExternalUrl('javascript:alert(document.cookie)')).toBeNull()
    expect(safeExternalUrl('JavaScript:alert(1)')).toBeNull()
    expect(safeExternalUrl(' javascript:alert(1)')).toBeNull()
    expect(safeExternalUrl('data:text/html,<script>alert(1)</script>')).toBeNull()
    expect(safeExternalUrl('//evil.example')).toBeNull()
    expect(safeExternalUrl('billing.example')).toBeNull()
    expect(safeExternalUrl('https://evil.example/\u202Efdp.exe')).toBeNull()
    expect(safeExternalUrl(`https://example.com/${'a'.repeat(3_000)}`)).toBeNull()
  })

  it('flags whole Unicode classes: every control, format and default-ignorable character, not a hand list', () => {
    // Cc: tab, carriage return, line feed, DEL, a C1 control; Cf: soft hyphen, Arabic letter mark, a tag character;
    // default-ignorable: a variation selector, the Hangul filler, Mongolian vowel separator; Zl/Zp line breaks.
    const samples = ['\t', '\r', '\n', '\u007f', '\u0085', '\u00ad', '\u061c', '\u{e0041}', '\ufe0f', '\u3164', '\u180e', '\u2028', '\u2029']
    for (const character of samples) {
      const clean = cleanText(`Pay${character}ment`, 80)
      expect(clean.hiddenCharacters, `U+${character.codePointAt(0)!.toString(16)}`).toBe(true)
      expect(clean.text).toMatch(/^Pay⟨U\+[0-9A-F]{4,5}⟩ment$/)
    }
    expect(cleanText('Straße Ünïcödé ⚡ 東京', 80).hiddenCharacters).toBe(false)
  })

  it('treats empty, whitespace-only and invisible-only names as blank', () => {
    expect(isBlank('')).toBe(true)
    expect(isBlank('   \t\u00a0\u3000')).toBe(true)
    expect(isBlank('\u200b\u2060 ')).toBe(true)
    expect(cleanText(' \u200b', 80)).toMatchObject({ blank: true, hiddenCharacters: true })
    expect(isBlank(' a ')).toBe(false)
  })

  it('never links a URL carrying user:pass@, and says so', () => {
    expect(inspectUrl('https://billing.example@evil.example/pay')).toEqual({ href: null, credentials: true, idnHost: null })
    expect(inspectUrl('https://user:secret@billing.example/')).toMatchObject({ href: null, credentials: true })
    expect(safeExternalUrl('https://:pw@billing.example/')).toBeNull()
  })

  it('shows the punycode form of an internationalised host, and keeps it a link', () => {
    expect(inspectUrl('https://p\u0430yment.example/ocn')).toEqual({
      href: 'https://xn--pyment-3nf.example/ocn',
      credentials: false,
      idnHost: 'xn--pyment-3nf.example',
    })
    expect(inspectUrl('https://xn--mnchen-3ya.example/')).toMatchObject({ idnHost: 'xn--mnchen-3ya.example' })
    expect(inspectUrl('https://billing.example/')).toMatchObject({ idnHost: null, credentials: false })
  })

  it('keeps tabs and line breaks that the URL parser would silently drop out of links', () => {
    expect(safeExternalUrl('https://bill\ning.example/')).toBeNull()
    expect(safeExternalUrl('https://billing.example/\t')).toBeNull()
  })
})
