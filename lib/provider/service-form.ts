import type { Address } from 'viem'
import { knownPermissions, type Permission, unknownPermissionValues } from '../ocn/catalog'
import type { Party, Service } from '../ocn/reads'
import { safeExternalUrl } from '../ocn/untrusted'
import type { Translate } from '../i18n/translate'

export type ServiceDraft = { name: string; url: string; permissions: number[] }

export const EMPTY_SERVICE_DRAFT: ServiceDraft = { name: '', url: '', permissions: [] }

/** Where the editor keeps what was typed, per network and account (lib/forms/drafts). */
export const serviceDraftKey = (chainId: number, account: Address) => `service:${chainId}:${account}`

/** Long enough for a product name, short enough to read in a catalog card. */
export const MAX_NAME_LENGTH = 80
const MAX_URL_LENGTH = 2_048

/** Common services and the permissions they need (ocn-spec §7, §10); their names are provider.presets.<id>. */
export const PRESETS = [
  { id: 'billing', permissions: [8] },
  { id: 'billing-full', permissions: [5, 6, 7, 8] },
  { id: 'locations', permissions: [3, 4] },
  { id: 'smart-charging', permissions: [5, 6, 15, 16] },
  { id: 'tariffs', permissions: [9, 10] },
] as const satisfies readonly { id: string; permissions: number[] }[]

export type ServiceFormErrors = Partial<Record<keyof ServiceDraft, string>>

export function validateServiceDraft(draft: ServiceDraft, t: Translate): ServiceFormErrors {
  const errors: ServiceFormErrors = {}
  const name = draft.name.trim()
  if (!name) errors.name = t('provider.errors.nameMissing')
  else if ([...name].length > MAX_NAME_LENGTH) errors.name = t('provider.errors.nameTooLong', { max: MAX_NAME_LENGTH })
  const url = draft.url.trim()
  if (!url) errors.url = t('provider.errors.urlMissing')
  else if (url.length > MAX_URL_LENGTH || !safeExternalUrl(url)) errors.url = t('provider.errors.urlInvalid')
  if (draft.permissions.length === 0) errors.permissions = t('provider.errors.permissionsMissing')
  return errors
}

export function isValid(errors: ServiceFormErrors): boolean {
  return Object.keys(errors).length === 0
}

/** What is sent on chain: trimmed text, permissions once each, in order. */
export function normalizeDraft(draft: ServiceDraft): ServiceDraft {
  return { name: draft.name.trim(), url: draft.url.trim(), permissions: [...new Set(draft.permissions)].sort((a, b) => a - b) }
}

export function draftFromService(service: Service | null): ServiceDraft {
  if (!service) return EMPTY_SERVICE_DRAFT
  return { name: service.name, url: service.url, permissions: knownPermissions(service.permissions).map((p) => p.index) }
}

/** The preview: exactly the Service the catalog will read back once published. */
export function previewService(draft: ServiceDraft, provider: Address, party: Party | null): Service {
  const { name, url, permissions } = normalizeDraft(draft)
  return { provider, name, url, permissions: permissions.map(BigInt), party }
}

export type PermissionDiff = { added: Permission[]; removed: Permission[]; removedUnknown: bigint[] }

export function permissionDiff(current: readonly bigint[], next: readonly number[]): PermissionDiff {
  const after = next.map(BigInt)
  const added = after.filter((v) => !current.includes(v))
  const removed = current.filter((v) => !after.includes(v))
  return { added: knownPermissions(added), removed: knownPermissions(removed), removedUnknown: unknownPermissionValues(removed) }
}

export function hasChanges(service: Service, draft: ServiceDraft): boolean {
  const next = normalizeDraft(draft)
  const diff = permissionDiff(service.permissions, next.permissions)
  return service.name !== next.name || service.url !== next.url || diff.added.length + diff.removed.length + diff.removedUnknown.length > 0
}
