import { readFileSync } from 'node:fs'
import type en from '../../messages/en.json'

// Read, not imported: Playwright loads JSON modules only with import attributes, which the app's TS setup does not use.
export function catalogue(locale: string): typeof en {
  return JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as typeof en
}

/** The English catalogue, for tests that expect the app's own wording. */
export const EN = catalogue('en')
