import { createTranslator } from 'next-intl'
import de from '@/messages/de.json'
import en from '@/messages/en.json'
import { TIME_ZONE } from './config'
import type { Translate } from './translate'

// For unit tests of lib/ text: the same catalogues and zone the app uses.
export const enT: Translate = createTranslator({ locale: 'en', messages: en, timeZone: TIME_ZONE })
export const deT: Translate = createTranslator({ locale: 'de', messages: de, timeZone: TIME_ZONE }) as Translate
