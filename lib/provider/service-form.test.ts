import type { Address } from 'viem'
import { describe, expect, it } from 'vitest'
import type { Service } from '../ocn/reads'
import { draftFromService, hasChanges, normalizeDraft, permissionDiff, PRESETS, previewService, validateServiceDraft } from './service-form'
import { deT, enT } from '../i18n/testing'

const PROVIDER = '0xa0Ee7A142d267C1f36714E4a8F75612F20a79720' as Address
const SERVICE: Service = { provider: PROVIDER, name: 'Roaming Billing', url: 'https://billing.example/ocn', permissions: [8n, 17n], party: null }

describe('service form', () => {
  it('accepts a complete draft', () => {
    expect(validateServiceDraft({ name: 'EV Billing', url: 'https://billing.example/ocn', permissions: [8] }, enT)).toEqual({})
  })

  it('explains every problem in plain words', () => {
    expect(validateServiceDraft({ name: ' ', url: '', permissions: [] }, enT)).toEqual({
      name: 'Give your service a name parties will recognise.',
      url: 'Enter the https URL of your service.',
      permissions: 'Choose at least one permission: the OCPI requests your service needs.',
    })
    expect(validateServiceDraft({ name: 'x'.repeat(81), url: 'javascript:alert(1)', permissions: [8] }, enT)).toEqual({
      name: 'Keep the name to 80 characters or fewer.',
      url: 'Enter a full http(s) URL, for example https://billing.example.com/ocn.',
    })
    expect(validateServiceDraft({ name: 'ok', url: 'ftp://files.example', permissions: [0] }, enT).url).toBeDefined()
    expect(validateServiceDraft({ name: 'x'.repeat(81), url: '', permissions: [8] }, deT)).toEqual({
      name: 'Der Name darf höchstens 80 Zeichen lang sein.',
      url: 'Geben Sie die https-URL Ihres Dienstes ein.',
    })
  })

  it('has a billing preset that asks for CDRs as receiver, not sender', () => {
    expect(PRESETS.find((p) => p.id === 'billing')?.permissions).toEqual([8])
  })

  it('sends trimmed text and each permission once, in order', () => {
    expect(normalizeDraft({ name: ' EV Billing ', url: ' https://x.example ', permissions: [8, 5, 8] })).toEqual({
      name: 'EV Billing',
      url: 'https://x.example',
      permissions: [5, 8],
    })
  })

  it('starts editing from the live service, leaving unknown values out of the picker', () => {
    expect(draftFromService(SERVICE)).toEqual({ name: 'Roaming Billing', url: 'https://billing.example/ocn', permissions: [8] })
    expect(draftFromService(null)).toEqual({ name: '', url: '', permissions: [] })
  })

  it('previews exactly what the catalog will read back', () => {
    expect(previewService({ name: ' A ', url: 'https://a.example', permissions: [4, 3] }, PROVIDER, null)).toEqual({
      provider: PROVIDER,
      name: 'A',
      url: 'https://a.example',
      permissions: [3n, 4n],
      party: null,
    })
  })

  it('diffs old and new permissions, unknown values included', () => {
    const diff = permissionDiff([8n, 17n], [7, 8])
    expect(diff.added.map((p) => p.name)).toEqual(['FORWARD_MODULE_CDRS_SENDER'])
    expect(diff.removed).toEqual([])
    expect(diff.removedUnknown).toEqual([17n])
    expect(permissionDiff([5n, 6n], [6]).removed.map((p) => p.index)).toEqual([5])
  })

  it('knows when a draft changes nothing', () => {
    const clean: Service = { ...SERVICE, permissions: [8n] }
    expect(hasChanges(clean, draftFromService(clean))).toBe(false)
    expect(hasChanges(clean, { ...draftFromService(clean), url: 'https://billing.example/v2' })).toBe(true)
    expect(hasChanges(clean, { ...draftFromService(clean), permissions: [7, 8] })).toBe(true)
  })
})
