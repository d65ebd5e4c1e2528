/**
 * Names, URLs and domains on chain come from anyone who paid gas. These helpers turn them into text that is safe
 * and honest to show: links only for http(s), hidden characters made visible, lengths bounded.
 */

/** Bidi overrides and isolates, zero-width characters, BOM and C0/C1 controls: they hide or reorder text. */
const HIDDEN_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu

export type CleanText = {
  /** What to show: hidden characters replaced by visible markers, cut to the length asked for. */
  text: string
  /** The whole cleaned value, for a "show all" or a title. */
  full: string
  truncated: boolean
  hiddenCharacters: boolean
}

function codePointMarker(character: string): string {
  return `⟨U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`
}

export function cleanText(raw: string, maxLength: number): CleanText {
  const hiddenCharacters = new RegExp(HIDDEN_CHARACTERS.source, 'u').test(raw)
  const full = raw.replace(HIDDEN_CHARACTERS, codePointMarker)
  const characters = [...full]
  const truncated = characters.length > maxLength
  const text = truncated ? `${characters.slice(0, maxLength - 1).join('')}…` : full
  return { text, full, truncated, hiddenCharacters }
}

/** An href for http(s) URLs only; anything else (javascript:, data:, relative, malformed) is not a link. */
export function safeExternalUrl(raw: string): string | null {
  if (raw.length > 2_048 || new RegExp(HIDDEN_CHARACTERS.source, 'u').test(raw)) return null
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return null
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) return null
  return url.href
}
