import type { ActivityPage, AgreementPage } from './types'

/** Every address a history page names (subjects, providers, owners, users), lower-cased and once each. */
export function mentionedAddresses(page: ActivityPage | AgreementPage | null): string[] {
  if (!page) return []
  const found = new Set<string>()
  const add = (address: string | null | undefined) => {
    if (address) found.add(address.toLowerCase())
  }
  for (const item of page.items) {
    if ('kind' in item) {
      add(item.subject)
      add(item.provider)
      add(item.details.previousOwner)
      add(item.details.newOwner)
    } else {
      add(item.user)
      add(item.provider)
    }
  }
  return [...found]
}
