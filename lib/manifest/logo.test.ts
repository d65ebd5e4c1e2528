import { describe, expect, it } from 'vitest'
import { LOGO_MAX_BYTES } from './types'
import { parseLogo } from './logo'
import { exampleManifest, WEBP_1X1 } from './test-manifests'

function pngBase64(): string {
  return exampleManifest().logo!.slice('data:image/png;base64,'.length)
}

/** A PNG of exactly `size` bytes: a real signature and IHDR, padded with an ancillary chunk's worth of bytes. */
function pngOfSize(size: number): string {
  const head = Uint8Array.from(atob(pngBase64()), (c) => c.charCodeAt(0))
  const bytes = new Uint8Array(size)
  bytes.set(head.subarray(0, Math.min(head.length, size)))
  return Buffer.from(bytes).toString('base64')
}

describe('parseLogo', () => {
  it('takes a real PNG and a real WebP, returning their bytes', () => {
    const png = parseLogo(`data:image/png;base64,${pngBase64()}`)
    expect(png.ok && png.type).toBe('image/png')
    expect(png.ok && png.bytes.slice(1, 4)).toEqual(new TextEncoder().encode('PNG'))
    const webp = parseLogo(`data:image/webp;base64,${WEBP_1X1}`)
    expect(webp.ok && webp.type).toBe('image/webp')
  })

  it('refuses SVG, in any spelling, with a reason that says why', () => {
    for (const svg of ['data:image/svg+xml;base64,PHN2Zy8+', 'data:image/SVG+xml,<svg onload=alert(1)>', 'data:image/svg+xml;utf8,<svg/>']) {
      expect(parseLogo(svg)).toEqual({ ok: false, reason: 'SVG logos are refused (they can carry scripts); use a PNG or WebP image.' })
    }
  })

  it('refuses other types, non-base64 data URLs and remote URLs', () => {
    for (const bad of ['data:image/jpeg;base64,/9j/4AAQ', 'data:image/png,rawbytes', 'data:text/html;base64,PGgxPg==', 'https://x.example/logo.png', `DATA:image/png;base64,${pngBase64()}`, `data:image/png;base64,${pngBase64()} `]) {
      expect(parseLogo(bad).ok, bad).toBe(false)
    }
  })

  it('refuses bytes that are not what the type says (fake magic)', () => {
    expect(parseLogo(`data:image/png;base64,${WEBP_1X1}`)).toEqual({ ok: false, reason: "The logo's bytes are not a PNG image." })
    expect(parseLogo(`data:image/webp;base64,${pngBase64()}`)).toEqual({ ok: false, reason: "The logo's bytes are not a WebP image." })
    // A PNG signature alone, followed by something that is not the IHDR chunk.
    const fake = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('\0\0\0\rSCRIPT<svg>')]).toString('base64')
    expect(parseLogo(`data:image/png;base64,${fake}`).ok).toBe(false)
    // RIFF, but a WAVE file rather than WEBP.
    const wave = Buffer.from('RIFF\x1a\0\0\0WAVEfmt \x10\0\0\0').toString('base64')
    expect(parseLogo(`data:image/webp;base64,${wave}`).ok).toBe(false)
  })

  it('refuses invalid base64', () => {
    expect(parseLogo(`data:image/png;base64,${pngBase64().slice(1)}`)).toEqual({ ok: false, reason: 'The logo is not valid base64.' })
  })

  it('takes a logo of exactly LOGO_MAX_BYTES and refuses one byte more', () => {
    const at = parseLogo(`data:image/png;base64,${pngOfSize(LOGO_MAX_BYTES)}`)
    expect(at.ok && at.bytes.length).toBe(LOGO_MAX_BYTES)
    expect(parseLogo(`data:image/png;base64,${pngOfSize(LOGO_MAX_BYTES + 1)}`)).toEqual({ ok: false, reason: 'The logo is larger than 24 KiB.' })
  })
})
