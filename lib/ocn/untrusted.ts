/**
 * Names, URLs and domains on chain come from anyone who paid gas. These helpers turn them into text that is safe
 * and honest to show: links only for plain http(s), hidden characters made visible, lengths bounded.
 */

/**
 * Characters that hide, reorder or break text, by whole Unicode class so that no new trick slips past a list:
 * controls (Cc: NUL, CR, LF, DEL, C1…), format characters (Cf: bidi overrides and isolates, zero-width joiners,
 * BOM, soft hyphen, tag characters…), every default-ignorable code point (variation selectors, Hangul fillers…),
 * and the line and paragraph separators that would break a one-line name.
 */
const HIDDEN_CHARACTERS = /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\p{Zl}\p{Zp}]/gu
/** The same class without the global flag, so test() keeps no lastIndex between calls; compiled once, not per call. */
const HAS_HIDDEN_CHARACTER = new RegExp(HIDDEN_CHARACTERS.source, 'u')

/** Text that shows nothing at all: only whitespace and hidden characters. */
const BLANK = /^[\p{White_Space}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]*$/u

export type CleanText = {
  /** What to show: hidden characters replaced by visible markers, cut to the length asked for. */
  text: string
  /** The whole cleaned value, for a "show all" or a title. */
  full: string
  truncated: boolean
  hiddenCharacters: boolean
  /** Empty, or only whitespace and hidden characters: shown as having no value. */
  blank: boolean
}

function codePointMarker(character: string): string {
  return `⟨U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`
}

export function hasHiddenCharacters(raw: string): boolean {
  return HAS_HIDDEN_CHARACTER.test(raw)
}

/** The value without its hidden characters: what a reader sees, for comparing one value with another. */
export function withoutHiddenCharacters(raw: string): string {
  return raw.replace(HIDDEN_CHARACTERS, '')
}

export function isBlank(raw: string): boolean {
  return BLANK.test(raw)
}

export function cleanText(raw: string, maxLength: number): CleanText {
  const hiddenCharacters = hasHiddenCharacters(raw)
  const full = raw.replace(HIDDEN_CHARACTERS, codePointMarker)
  // A string has at most as many code points as UTF-16 units: a short one needs no splitting (most values on a page).
  const characters = full.length > maxLength ? [...full] : null
  const truncated = characters !== null && characters.length > maxLength
  const text = truncated ? `${characters.slice(0, maxLength - 1).join('')}…` : full
  return { text, full, truncated, hiddenCharacters, blank: isBlank(raw) }
}

export type UrlFacts = {
  /** A link target for plain http(s) URLs only; null keeps the value inert text. */
  href: string | null
  /** `user:pass@` in the URL: a classic way to make `https://bank.example@evil.example` read as bank.example. */
  credentials: boolean
  /** The ASCII (punycode) form of an internationalised host name, which may imitate another domain. */
  idnHost: string | null
}

const MAX_URL_LENGTH = 2_048

/**
 * What a URL from the chain really is. Only http(s) with a host and without credentials becomes a link; javascript:,
 * data:, relative and malformed values, and anything carrying hidden characters, stay text.
 */
export function inspectUrl(raw: string): UrlFacts {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return { href: null, credentials: false, idnHost: null }
  }
  const credentials = url.username !== '' || url.password !== ''
  // The WHATWG parser already turned the host into its ASCII form: any xn-- label came from (or is) Unicode.
  const idnHost = url.hostname.split('.').some((label) => label.startsWith('xn--')) ? url.hostname : null
  const linkable =
    (url.protocol === 'http:' || url.protocol === 'https:') &&
    url.hostname !== '' &&
    !credentials &&
    raw.length <= MAX_URL_LENGTH &&
    !hasHiddenCharacters(raw)
  return { href: linkable ? url.href : null, credentials, idnHost }
}

/** An href for plain http(s) URLs only; anything else (javascript:, data:, relative, malformed, user:pass@) is not a link. */
export function safeExternalUrl(raw: string): string | null {
  return inspectUrl(raw).href
}
