import { enT } from '../i18n/testing'
import { createTestClient, createWalletClient, type Hex, http, publicActions } from 'viem'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { chainOf } from '../chain/client'
import { LOCAL_REGISTRY, NETWORKS } from '../chain/networks'
import { anvilAccount, anvilAddress } from '../devnet/accounts'
import { countingFetch, testReadContext } from '../devnet/test-context'
import { registryAbi } from './abi'
import { readServices, readStanding, type Standing } from './reads'
import { guardWrite } from '../writes/guard'
import { DEMO_ACCOUNT } from '../devnet/demo-network'

const DE_MSP = anvilAddress(DEMO_ACCOUNT.DE_MSP)
const BILLING = anvilAddress(DEMO_ACCOUNT.DE_BIL) // DE*BIL, on node 1
const PAYMENT = anvilAddress(DEMO_ACCOUNT.CH_PAY) // CH*PAY, on node 2

const chain = () => createTestClient({ mode: 'anvil', transport: http(inject('chainUrl')) }).extend(publicActions)
let snapshot: Hex

// The provider loses its node, another its party listing; other test files expect the pristine seed back.
beforeAll(async () => {
  snapshot = await chain().snapshot()
  const write = async (account: number, functionName: 'deleteNode' | 'deleteParty') => {
    const wallet = createWalletClient({ account: anvilAccount(account), chain: chainOf(NETWORKS.local), transport: http(inject('chainUrl')) })
    const hash = await wallet.writeContract({ address: LOCAL_REGISTRY, abi: registryAbi, functionName })
    expect((await chain().waitForTransactionReceipt({ hash })).status).toBe('success')
  }
  await write(2, 'deleteNode')
  await write(9, 'deleteParty')
})

afterAll(async () => {
  await chain().revert({ id: snapshot })
})

describe("a provider's listing, read with the agreeing party's standing", () => {
  it("shows a deleted node as an empty domain and a deleted party as none, in the one request the standing needs", async () => {
    const requests = countingFetch()
    const ctx = testReadContext({ fetchFn: requests.fetchFn })
    const payment = await readStanding(ctx, DE_MSP, PAYMENT)
    expect(requests.count()).toBe(1)
    expect(payment.party?.partyId).toBe('MSP')
    expect(payment.provider).toMatchObject({ countryCode: 'CH', partyId: 'PAY', nodeDomain: '' })
    expect((await readStanding(ctx, DE_MSP, BILLING)).provider).toBeNull()
  })

  it('keeps both services in the catalog, with the same facts, for the cards to flag', async () => {
    const services = await readServices(testReadContext())
    expect(services.find((s) => s.provider === PAYMENT)?.party?.nodeDomain).toBe('')
    expect(services.find((s) => s.provider === BILLING)?.party).toBeNull()
  })

  it('offers neither service for agreement, and says why', async () => {
    const ctx = testReadContext()
    const forPayment = await readStanding(ctx, DE_MSP, PAYMENT)
    const forBilling = await readStanding(ctx, DE_MSP, BILLING)
    const guard = (standing: Standing) => guardWrite('agree', { network: NETWORKS.local, wallet: { connected: true, chainId: NETWORKS.local.chainId }, ...standing }, enT)
    expect(guard(forPayment)).toMatchObject({ ok: false, reason: 'provider-node-unlisted' })
    expect(guard(forBilling)).toMatchObject({ ok: false, reason: 'provider-unlisted' })
  })
})
