import { match } from '@formatjs/intl-localematcher'
import Negotiator from 'negotiator'
import { DEFAULT_LOCALE } from './config'

/**
 * The visitor's language: the one they chose (cookie) if we have it, else the best match for what their browser
 * asks for (Accept-Language, with its q-values and regional variants: de-AT finds de), else the default.
 */
export function negotiateLocale(chosen: string | undefined, acceptLanguage: string | null, available: readonly string[]): string {
  if (chosen && available.includes(chosen)) return chosen
  if (!acceptLanguage) return DEFAULT_LOCALE
  const asked = new Negotiator({ headers: { 'accept-language': acceptLanguage } }).languages().filter((tag) => tag !== '*')
  try {
    return match(asked, [...available], DEFAULT_LOCALE)
  } catch {
    // A malformed tag in the header (RangeError from Intl): fall back rather than fail the page.
    return DEFAULT_LOCALE
  }
}
