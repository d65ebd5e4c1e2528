/** Block times as one fixed format in UTC, so a row reads the same rendered on the server or in any browser. */
const DATE = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })
const DAY = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' })

export function historyDateTime(unixSeconds: number): { iso: string; text: string; day: string } {
  const date = new Date(unixSeconds * 1000)
  return { iso: date.toISOString(), text: `${DATE.format(date)} UTC`, day: DAY.format(date) }
}

export function shortHash(hash: string): string {
  return `${hash.slice(0, 10)}…${hash.slice(-8)}`
}
