import { cookies, headers } from 'next/headers'
import { getRequestConfig } from 'next-intl/server'
import { availableLocales, loadMessages } from './catalogue'
import { LOCALE_COOKIE, TIME_ZONE } from './config'
import { negotiateLocale } from './negotiate'

// No locale in the URL: a link shared between colleagues opens in each reader's own language.
export default getRequestConfig(async () => {
  const locale = negotiateLocale((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get('accept-language'), availableLocales())
  return { locale, timeZone: TIME_ZONE, messages: await loadMessages(locale) }
})
