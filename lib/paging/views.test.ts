import type { Address } from 'viem'
import { describe, expect, it } from 'vitest'
import type { Party, Service } from '../ocn/reads'
import { LIST_PAGE_SIZE } from './page'
import { partyView, serviceView } from './views'

const address = (i: number) => `0x${i.toString(16).padStart(40, '0')}` as Address
const party = (i: number): Party => ({
  address: address(i),
  countryCode: 'ZZ',
  partyId: i.toString(36).padStart(3, '0'),
  roles: [1],
  modulesSender: [],
  modulesReceiver: [],
  operator: address(0),
  nodeDomain: 'http://localhost:8080',
})
const service: Service = { provider: address(1), name: 'Billing', url: '', permissions: [8n], party: party(1) }

describe('paged views of a service and a party', () => {
  it("cuts a service's agreeing parties to the page asked for, keeping the count of all", () => {
    const agreeing = Array.from({ length: 120 }, (_, i) => party(i + 2))
    const view = serviceView({ service, agreeing, lookalikes: [] }, 3)
    expect(view.agreeing).toMatchObject({ page: 3, pages: 3, matched: 120, start: 2 * LIST_PAGE_SIZE })
    expect(view.agreeing.items).toEqual(agreeing.slice(100))
    expect(view.service).toBe(service)
    expect(serviceView({ service, agreeing, lookalikes: [] }, 99).agreeing.page).toBe(3)
  })

  it("cuts a party's agreements the same way", () => {
    const agreements = Array.from({ length: 51 }, (_, i) => ({ provider: address(i + 100), service: null }))
    const view = partyView({ party: party(5), service: null, agreements }, 2)
    expect(view.agreements.items).toEqual([agreements[50]])
    expect(view.agreements.matched).toBe(51)
  })
})
