/** Block times in the visitor's language, always in UTC: a row reads the same rendered on the server or in any browser. */
const formats = new Map<string, { date: Intl.DateTimeFormat; day: Intl.DateTimeFormat }>()

// The app's English is for European operators: day before month and a 24-hour clock, as en-GB writes them.
const REGION: Record<string, string> = { en: 'en-GB' }

function formatsOf(language: string) {
  const locale = REGION[language] ?? language
  let found = formats.get(language)
  if (!found) {
    found = {
      date: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }),
      day: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }),
    }
    formats.set(language, found)
  }
  return found
}

export function historyDateTime(unixSeconds: number, locale: string): { iso: string; text: string; day: string } {
  const date = new Date(unixSeconds * 1000)
  const { date: full, day } = formatsOf(locale)
  return { iso: date.toISOString(), text: `${full.format(date)} UTC`, day: day.format(date) }
}

export function shortHash(hash: string): string {
  return `${hash.slice(0, 10)}…${hash.slice(-8)}`
}
