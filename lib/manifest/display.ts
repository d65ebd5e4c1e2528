import { hasHiddenCharacters } from '../ocn/untrusted'
import { contentTrusted, type ManifestResult } from './types'

/**
 * How the service page and the review dialog read a manifest: pure, so the rules (what counts as a paragraph, a
 * plain e-mail address, the provider's terms) are tested without a browser. Manifest text is untrusted input; these
 * only decide structure, the components still render every value inert.
 */

/** More paragraphs than this in 2,000 characters is a wall of blank lines, not prose: the rest joins the last one. */
export const MAX_PARAGRAPHS = 12

/** Blank lines separate paragraphs (types.ts); line breaks inside a paragraph are kept as spaces. */
export function descriptionParagraphs(description: string): string[] {
  const paragraphs = description
    .split(/\r?\n[ \t]*\r?\n/)
    .map((paragraph) => paragraph.replace(/\s*\r?\n\s*/g, ' ').trim())
    .filter((paragraph) => paragraph !== '')
  if (paragraphs.length <= MAX_PARAGRAPHS) return paragraphs
  return [...paragraphs.slice(0, MAX_PARAGRAPHS - 1), paragraphs.slice(MAX_PARAGRAPHS - 1).join(' ')]
}

export type Country = { code: string; name: string }

/** Country names in the reader's language, the ISO code kept beside them; a code the runtime does not know stays a code. */
export function countryNames(codes: readonly string[], locale = 'en'): Country[] {
  let names: Intl.DisplayNames | null = null
  try {
    names = new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'code' })
  } catch {
    // A runtime without region names still shows the codes.
  }
  return codes.map((code) => {
    let name = code
    try {
      name = names?.of(code) ?? code
    } catch {
      // Not a well-formed region code: the schema should have refused it; show it as it is.
    }
    return { code, name }
  })
}

// A deliberately plain address: no quotes, comments, IP literals or internationalised parts, so that what the
// reader sees is exactly what their mail program gets.
const PLAIN_EMAIL = /^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,63}$/

/** A `mailto:` link only for a plain address; anything else (headers smuggled in `?`, hidden characters) stays text. */
export function mailtoHref(email: string): string | null {
  if (email.length > 200 || hasHiddenCharacters(email) || !PLAIN_EMAIL.test(email)) return null
  return `mailto:${email}`
}

/**
 * The provider's terms as a manifest states them. `committed` is false for a changed manifest: the terms hosted now
 * are not the ones the provider committed on chain, so they are shown only as a warning and never confirmed.
 */
export type ManifestTerms = { url: string; committed: boolean }

export function manifestTerms(result: ManifestResult | null | undefined): ManifestTerms | null {
  const url = result?.manifest?.termsUrl
  if (!result || !url) return null
  if (contentTrusted(result.state)) return { url, committed: true }
  return result.state === 'changed' ? { url, committed: false } : null
}

/** While the server is still checking, the page asks the check route again: soon at first, then less often, then stops. */
export const PENDING_POLL_DELAYS_MS = [1_000, 2_000, 3_000, 5_000, 8_000] as const

/** The wait before the next check of a pending manifest, or null when the page has asked often enough. */
export function pendingPollDelay(attempts: number): number | null {
  return PENDING_POLL_DELAYS_MS[attempts] ?? null
}
