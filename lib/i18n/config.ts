// The source language: every other catalogue in messages/ has exactly its keys (lib/i18n/catalogue.test.ts).
export const DEFAULT_LOCALE = 'en'
export const LOCALE_COOKIE = 'NEXT_LOCALE'
// Dates on chain are instants; one zone for everyone keeps a date in a note or a CSV the same for both parties.
export const TIME_ZONE = 'UTC'
