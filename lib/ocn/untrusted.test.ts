import { describe, expect, it } from 'vitest'
import { cleanText, safeExternalUrl } from './untrusted'

describe('untrusted on-chain text', () => {
  it('leaves ordinary names alone', () => {
    expect(cleanText('Smart Payment', 80)).toEqual({
      text: 'Smart Payment',
      full: 'Smart Payment',
      truncated: false,
      hiddenCharacters: false,
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
})
