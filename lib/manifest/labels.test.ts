import { describe, expect, it } from 'vitest'
import { CATEGORY_LABELS, PRICING_LABELS, STATE_LABELS, STATE_SENTENCES } from './labels'
import { CATEGORIES, MANIFEST_STATES, PRICING_MODELS } from './types'

describe('manifest labels', () => {
  it('labels every category, pricing model and state, each label distinct', () => {
    for (const [keys, labels] of [[CATEGORIES, CATEGORY_LABELS], [PRICING_MODELS, PRICING_LABELS], [MANIFEST_STATES, STATE_LABELS]] as const) {
      expect(Object.keys(labels).sort()).toEqual([...keys].sort())
      expect(new Set(Object.values(labels)).size).toBe(keys.length)
    }
  })

  it('starts each state sentence with what the issue asks users to see', () => {
    expect(STATE_SENTENCES.verified).toBe('Verified: matches what the provider committed on chain')
    expect(STATE_SENTENCES.unverified).toBe('Unverified: the provider can change it without notice')
    expect(STATE_SENTENCES.changed.startsWith('Changed since the provider committed it')).toBe(true)
    expect(STATE_SENTENCES.none).toBe('No manifest')
    expect(Object.keys(STATE_SENTENCES).sort()).toEqual([...MANIFEST_STATES].sort())
  })
})
