import { LOGO_MAX_BYTES } from './types'

export type LogoType = 'image/png' | 'image/webp'
export type ParsedLogo = { ok: true; type: LogoType; bytes: Uint8Array } | { ok: false; reason: string }

/** Only these two prefixes: a raster image the browser decodes inertly, never markup (no SVG, no other types). */
const LOGO_PATTERN = /^data:(image\/png|image\/webp);base64,([A-Za-z0-9+/]*={0,2})$/
/** The longest base64 text that can still decode to LOGO_MAX_BYTES; checked before decoding anything. */
export const LOGO_MAX_BASE64_CHARS = Math.ceil(LOGO_MAX_BYTES / 3) * 4
/** The longest data: URL the schema lets through (the WebP prefix is the longer one). */
export const LOGO_MAX_DATA_URL_CHARS = 'data:image/webp;base64,'.length + LOGO_MAX_BASE64_CHARS

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

function ascii(bytes: Uint8Array, from: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(from, from + length))
}

/** The first bytes must be what the declared type's file format starts with, so a renamed file is refused. */
function magicMatches(type: LogoType, bytes: Uint8Array): boolean {
  if (type === 'image/png') {
    // The signature, then the first chunk, which a PNG requires to be IHDR.
    return bytes.length >= 16 && PNG_SIGNATURE.every((b, i) => bytes[i] === b) && ascii(bytes, 12, 4) === 'IHDR'
  }
  return bytes.length >= 16 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP' && ['VP8 ', 'VP8L', 'VP8X'].includes(ascii(bytes, 12, 4))
}

function decodeBase64(text: string): Uint8Array | null {
  if (text.length % 4 !== 0) return null
  try {
    const binary = atob(text)
    const bytes = new Uint8Array(binary.length)
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
    return bytes
  } catch {
    return null
  }
}

/** Validates a manifest's logo: a PNG or WebP `data:` URL, at most LOGO_MAX_BYTES once decoded, whose bytes are what it says. */
export function parseLogo(dataUrl: string): ParsedLogo {
  if (/^data:image\/svg/i.test(dataUrl)) return { ok: false, reason: 'SVG logos are refused (they can carry scripts); use a PNG or WebP image.' }
  const match = LOGO_PATTERN.exec(dataUrl)
  if (!match) return { ok: false, reason: 'The logo must be a data: URL of a PNG or WebP image in base64 (data:image/png;base64,... or data:image/webp;base64,...).' }
  const type = match[1] as LogoType
  const text = match[2]
  if (text.length > LOGO_MAX_BASE64_CHARS) return { ok: false, reason: `The logo is larger than ${LOGO_MAX_BYTES / 1024} KiB.` }
  const bytes = decodeBase64(text)
  if (!bytes) return { ok: false, reason: 'The logo is not valid base64.' }
  if (bytes.length > LOGO_MAX_BYTES) return { ok: false, reason: `The logo is larger than ${LOGO_MAX_BYTES / 1024} KiB.` }
  if (!magicMatches(type, bytes)) return { ok: false, reason: `The logo's bytes are not a ${type === 'image/png' ? 'PNG' : 'WebP'} image.` }
  return { ok: true, type, bytes }
}
