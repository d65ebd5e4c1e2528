import type { Address } from 'viem'
import { describe, expect, it } from 'vitest'
import { anvilAddress } from '../devnet/accounts'
import type { Party } from '../ocn/reads'
import { signerLookalikes } from './signer-lookalikes'

const party = (index: number, countryCode: string, partyId: string): Party => ({
  address: anvilAddress(index) as Address,
  countryCode,
  partyId,
  roles: [0],
  modulesSender: [],
  modulesReceiver: [],
  operator: anvilAddress(1),
  nodeDomain: 'http://localhost:8080',
})

describe('signerLookalikes', () => {
  const genuine = party(6, 'NL', 'CPO')
  const parties = [party(3, 'CH', 'CPA'), genuine, party(4, 'CH', 'CPB')]

  it('names the listed party whose credentials the signer imitates', () => {
    const imitation = party(16, 'NL', 'CP0')
    expect(signerLookalikes(imitation, [...parties, imitation])).toEqual([genuine])
  })

  it('flags nothing for a party unlike any other, nor the signer itself', () => {
    expect(signerLookalikes(genuine, parties)).toEqual([])
    expect(signerLookalikes(party(3, 'CH', 'CPA'), parties)).toEqual([])
  })
})
