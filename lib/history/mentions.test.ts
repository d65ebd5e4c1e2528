import { describe, expect, it } from 'vitest'
import { mentionedAddresses } from './mentions'
import type { ActivityPage, AgreementPage } from './types'

const A = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'
const B = '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC'
const C = '0x90F79bf6EB2c4f870365E785982E1f101E93b906'
const at = { block: '1', time: 1, tx: '0x01' as const }

describe('the addresses a history page names', () => {
  it('are its subjects, providers and owners, lower-cased, once each', () => {
    const page: ActivityPage = {
      items: [
        { ...at, id: '2', kind: 'agreement-created', sender: A, subject: A, provider: B, details: {} },
        { ...at, id: '1', kind: 'ownership-transferred', sender: C, subject: null, provider: null, details: { previousOwner: C, newOwner: A } },
      ],
      next: null,
    }
    expect(mentionedAddresses(page).sort()).toEqual([A, B, C].map((a) => a.toLowerCase()).sort())
  })

  it('are the users and providers of agreement periods', () => {
    const page: AgreementPage = { items: [{ id: '1', user: A, provider: B, agreed: { ...at, permissions: [] }, revoked: null }], next: null }
    expect(mentionedAddresses(page)).toEqual([A.toLowerCase(), B.toLowerCase()])
    expect(mentionedAddresses(null)).toEqual([])
  })
})
