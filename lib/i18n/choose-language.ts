'use server'

import { cookies } from 'next/headers'
import { availableLocales } from './catalogue'
import { LOCALE_COOKIE } from './config'

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60

/** The language switcher's form: remembered for a year; the page re-renders in it (works without JavaScript too). */
export async function chooseLanguage(form: FormData): Promise<void> {
  const locale = form.get('locale')
  if (typeof locale !== 'string' || !availableLocales().includes(locale)) return
  ;(await cookies()).set(LOCALE_COOKIE, locale, { path: '/', maxAge: ONE_YEAR_SECONDS, sameSite: 'lax' })
}
