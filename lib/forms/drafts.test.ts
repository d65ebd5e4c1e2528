import { describe, expect, it } from 'vitest'
import { clearDraft, loadDraft, saveDraft } from './drafts'

function memoryStore() {
  const data = new Map<string, string>()
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  }
}

const EMPTY = { name: '', url: '', permissions: [] as number[] }

describe('form drafts', () => {
  it('keeps what was typed until it is cleared', () => {
    const store = memoryStore()
    expect(loadDraft(store, 'service', EMPTY)).toEqual(EMPTY)
    saveDraft(store, 'service', { name: 'EV Billing', url: 'https://x.example', permissions: [8] })
    expect(loadDraft(store, 'service', EMPTY)).toEqual({ name: 'EV Billing', url: 'https://x.example', permissions: [8] })
    clearDraft(store, 'service')
    expect(loadDraft(store, 'service', EMPTY)).toEqual(EMPTY)
  })

  it('ignores unknown fields, wrong types and broken JSON', () => {
    const store = memoryStore()
    store.setItem('ocn-marketplace:draft:service', JSON.stringify({ name: 42, url: 'https://ok.example', permissions: 'all', evil: true }))
    expect(loadDraft(store, 'service', EMPTY)).toEqual({ name: '', url: 'https://ok.example', permissions: [] })
    store.setItem('ocn-marketplace:draft:service', '{oops')
    expect(loadDraft(store, 'service', EMPTY)).toEqual(EMPTY)
  })
})
