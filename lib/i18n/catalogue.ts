import 'server-only'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Messages } from 'next-intl'
import { DEFAULT_LOCALE } from './config'

const MESSAGES_DIR = join(process.cwd(), 'messages')

let locales: readonly string[] | null = null

/** Every language with a catalogue in messages/: adding `fr.json` adds French, with no code change. */
export function availableLocales(): readonly string[] {
  locales ??= readdirSync(MESSAGES_DIR)
    .filter((file) => /^[a-z]{2,3}(-[A-Z]{2})?\.json$/.test(file))
    .map((file) => file.slice(0, -'.json'.length))
    .sort((a, b) => (a === DEFAULT_LOCALE ? -1 : b === DEFAULT_LOCALE ? 1 : a.localeCompare(b)))
  return locales
}

export async function loadMessages(locale: string): Promise<Messages> {
  return (await import(`../../messages/${locale}.json`)).default as Messages
}

/** Each language's own name, as its catalogue spells it, for the switcher. */
export async function languageNames(): Promise<{ locale: string; name: string }[]> {
  return Promise.all(availableLocales().map(async (locale) => ({ locale, name: (await loadMessages(locale)).meta.language })))
}
