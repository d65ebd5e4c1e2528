/**
 * Form input kept in localStorage until the chain confirms it: a rejected signature, a revert or a reload never
 * loses what the user typed. Each form has its own key (per network and account).
 */
type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

const PREFIX = 'ocn-marketplace:draft:'

export function loadDraft<T extends object>(store: KeyValueStore, key: string, fallback: T): T {
  try {
    const raw = store.getItem(PREFIX + key)
    if (!raw) return fallback
    const parsed = JSON.parse(raw) as unknown
    // Only fields the form knows, with the types it expects: an old or tampered draft cannot break the form.
    if (typeof parsed !== 'object' || parsed === null) return fallback
    const merged = { ...fallback }
    for (const field of Object.keys(fallback) as (keyof T)[]) {
      const value = (parsed as Record<string, unknown>)[field as string]
      if (value !== undefined && Array.isArray(value) === Array.isArray(fallback[field]) && typeof value === typeof fallback[field]) {
        merged[field] = value as T[keyof T]
      }
    }
    return merged
  } catch {
    return fallback
  }
}

export function saveDraft(store: KeyValueStore, key: string, draft: object): void {
  store.setItem(PREFIX + key, JSON.stringify(draft))
}

export function clearDraft(store: KeyValueStore, key: string): void {
  store.removeItem(PREFIX + key)
}
