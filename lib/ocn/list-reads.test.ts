import { type Address, toFunctionSelector } from 'viem'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createReadContext } from '../chain/client'
import { NETWORKS } from '../chain/networks'
import { startLimitedRpc } from '../devnet/limited-rpc'
import { TEST_LISTENER_PORT } from '../devnet/test-listener'
import { testReadContext } from '../devnet/test-context'
import { permissionsRead } from './calls'
import { readProviderList, readProvidersByIndex } from './list-reads'
import { readServices } from './reads'

/**
 * Past about 12,700 providers getProviders() needs more than the 30M gas an RPC grants one eth_call. A real
 * proxy in front of the test chain makes it fail that way at the demo's size, so the fallback is exercised on
 * real bytecode without seeding thirteen thousand services.
 */
let proxy: Awaited<ReturnType<typeof startLimitedRpc>>
let direct: Address[]

beforeAll(async () => {
  proxy = await startLimitedRpc(inject('chainUrl'), TEST_LISTENER_PORT, {
    outOfGasSelectors: [toFunctionSelector('getProviders()')],
  })
  const ctx = testReadContext()
  direct = [...(await ctx.client.readContract(permissionsRead(ctx, 'getProviders', [])))]
})

afterAll(() => proxy.stop())

const MODES = [
  ['with Multicall3', true],
  ['deployless (no Multicall3)', false],
] as const

const proxied = (multicall3: boolean) =>
  createReadContext({ ...NETWORKS.local, rpcUrl: proxy.url, multicall3: multicall3 ? NETWORKS.local.multicall3 : null })

describe('the providers list beyond the gas cap of getProviders()', () => {
  it.each(MODES)('reading providers(i) index by index gives the same list as getProviders(), %s', async (_, multicall3) => {
    expect(direct.length).toBeGreaterThan(3)
    expect(await readProvidersByIndex(proxied(multicall3))).toEqual(direct)
  })

  it.each(MODES)('when getProviders() runs out of gas the catalog is still complete, %s', async (_, multicall3) => {
    const expected = await readServices(testReadContext({ multicall3 }))
    expect(await readProviderList(proxied(multicall3))).toEqual(direct)
    expect(await readServices(proxied(multicall3))).toEqual(expected)
  })
})
