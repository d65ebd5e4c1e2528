import type en from './messages/en.json'

declare module 'next-intl' {
  interface AppConfig {
    // English is the source catalogue: a key missing from it is a type error wherever it is used.
    Messages: typeof en
  }
}
