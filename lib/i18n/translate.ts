import type { createTranslator, Messages } from 'next-intl'

/**
 * What lib/ takes to speak the visitor's language: `useTranslations()` in a client component, `getTranslations()`
 * on the server, `createTranslator` in tests. Keys are the catalogue's full paths, checked by tsc.
 */
export type Translate = ReturnType<typeof createTranslator<Messages, never>>
