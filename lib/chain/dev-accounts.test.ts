import { describe, expect, it } from 'vitest'
import { anvilAddress } from '../devnet/accounts'
import { DEMO_PARTIES, FRESH_ACCOUNT } from '../devnet/demo-network'
import { DEV_ACCOUNTS } from './dev-accounts'
import { NETWORKS } from './networks'
import { makeWagmiConfig, offersDevAccounts } from './wagmi'

describe('dev accounts', () => {
  it("are anvil's test accounts with the identities the demo seed gives them", () => {
    for (const account of DEV_ACCOUNTS) {
      expect(account.address).toBe(anvilAddress(account.index))
      const party = DEMO_PARTIES.find((p) => p.account === account.index)
      if (party) expect(account.label).toBe(`${party.countryCode}*${party.partyId}`)
      else expect(account.index).toBe(FRESH_ACCOUNT)
    }
    expect(DEV_ACCOUNTS.map((a) => a.kind)).toEqual(expect.arrayContaining(['cpo', 'emsp', 'fresh']))
    expect(DEV_ACCOUNTS.filter((a) => a.label === null).map((a) => a.kind)).toEqual(['fresh'])
  })

  it('exist on the local network only, never on Volta or Energy Web Chain', () => {
    expect(offersDevAccounts(NETWORKS.local)).toBe(true)
    expect(offersDevAccounts(NETWORKS.volta)).toBe(false)
    expect(offersDevAccounts(NETWORKS.ewc)).toBe(false)
    expect(offersDevAccounts({ ...NETWORKS.local, chainId: 246 })).toBe(false)
    const names = (network: typeof NETWORKS.local) => makeWagmiConfig(network).connectors.map((c) => c.name)
    expect(names(NETWORKS.local)).toContain('Dev account · DE*MSP')
    expect(names(NETWORKS.ewc).some((n) => n.startsWith('Dev account'))).toBe(false)
    expect(names(NETWORKS.volta).some((n) => n.startsWith('Dev account'))).toBe(false)
  })
})
