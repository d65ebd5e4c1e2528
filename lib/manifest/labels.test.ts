import { describe, expect, it } from 'vitest'
import { deT, enT } from '../i18n/testing'
import { categoryLabel, pricingLabel, stateLabel, stateSentence } from './labels'
import { CATEGORIES, MANIFEST_STATES, PRICING_MODELS } from './types'

describe('manifest labels', () => {
  it.each([['en', enT], ['de', deT]] as const)('labels every category, pricing model and state, each label distinct (%s)', (_, t) => {
    for (const labels of [CATEGORIES.map((c) => categoryLabel(c, t)), PRICING_MODELS.map((m) => pricingLabel(m, t)), MANIFEST_STATES.map((s) => stateLabel(s, t))]) {
      expect(labels.every((label) => label.trim() !== '' && !label.startsWith('manifest.'))).toBe(true)
      expect(new Set(labels).size).toBe(labels.length)
    }
  })

  it('starts each state sentence with what the issue asks users to see', () => {
    expect(stateSentence('verified', enT)).toBe('Verified: matches what the provider committed on chain')
    expect(stateSentence('unverified', enT)).toBe('Unverified: the provider can change it without notice')
    expect(stateSentence('changed', enT).startsWith('Changed since the provider committed it')).toBe(true)
    expect(stateSentence('none', enT)).toBe('No manifest')
    expect(stateSentence('verified', deT)).toBe('Verifiziert: entspricht dem, was der Anbieter auf der Chain festgelegt hat')
    expect(categoryLabel('data-enrichment', deT)).toBe('Datenanreicherung')
  })
})
