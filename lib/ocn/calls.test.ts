import { AbiFunctionNotFoundError, type Address, decodeFunctionData, encodeFunctionData, InvalidAddressError } from 'viem'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { NETWORKS } from '../chain/networks'
import { anvilAddress } from '../devnet/accounts'
import { DEMO_NODES } from '../devnet/demo-network'
import { testReadContext } from '../devnet/test-context'
import { readAll, readGroups } from './batch'
import { encodeWrite, isRegistryWrite, type OcnWriteRequest, permissionsRead, permissionsWrite, registryRead, registryWrite } from './calls'
import { agreementRequest, setNodeRequest } from './writes'

/**
 * tsc checks test files too: each `@ts-expect-error` below fails the typecheck the day the call it marks compiles,
 * that is the day a misspelt function or a wrong argument would slip through. The runtime asserts show that each
 * marked call is really wrong, so the check cannot pass by marking a call that is fine.
 */
const network = NETWORKS.local
const NODE_OPERATOR = anvilAddress(DEMO_NODES[0].account)
const SMART_CHARGING = anvilAddress(12)

describe('a wrong contract call does not compile', () => {
  it('a misspelt write function', () => {
    // @ts-expect-error 'setNod' is no function of the Registry
    const request = registryWrite(network, 'setNod', ['https://node.example'])
    expect(() => encodeFunctionData(request)).toThrow(AbiFunctionNotFoundError)
  })

  it('a write with the wrong arguments', () => {
    // @ts-expect-error createAgreement takes the provider's address, not its name
    const request = permissionsWrite(network, 'createAgreement', ['Smart Charging'])
    expect(() => encodeFunctionData(request)).toThrow(InvalidAddressError)
  })

  it('a misspelt read function', () => {
    // @ts-expect-error 'getNodes' is no function of the Registry (getNode is)
    const call = registryRead(network, 'getNodes', [NODE_OPERATOR])
    expect(() => encodeFunctionData(call)).toThrow(AbiFunctionNotFoundError)
  })

  it('a read with the wrong arguments', () => {
    // @ts-expect-error getNode takes the operator's address
    const call = registryRead(network, 'getNode', [1])
    expect(() => encodeFunctionData(call)).toThrow(InvalidAddressError)
  })

  it('a read is not a write', () => {
    const read = registryRead(network, 'getNode', [NODE_OPERATOR])
    // @ts-expect-error getNode is a view function: nothing to sign
    const request: OcnWriteRequest = read
    expect(request.abi.find((item) => item.type === 'function' && item.name === 'getNode')).toMatchObject({ stateMutability: 'view' })
  })
})

describe('typed requests', () => {
  it('the builders return requests of one function, which tell their contract apart', () => {
    const setNode = setNodeRequest(network, 'https://node.example')
    const agree = agreementRequest(network, 'createAgreement', SMART_CHARGING)
    expectTypeOf(setNode.functionName).toEqualTypeOf<'setNode'>()
    expectTypeOf(setNode.args).toEqualTypeOf<readonly [string]>()
    expect(isRegistryWrite(setNode)).toBe(true)
    expect(setNode.address).toBe(network.registry)
    expect(isRegistryWrite(agree)).toBe(false)
    expect(agree.address).toBe(network.permissions)
    expect(decodeFunctionData({ abi: agree.abi, data: encodeWrite(agree) })).toEqual({ functionName: 'createAgreement', args: [SMART_CHARGING] })
    expect(decodeFunctionData({ abi: setNode.abi, data: encodeWrite(setNode) })).toEqual({ functionName: 'setNode', args: ['https://node.example'] })
  })
})

describe('typed results on the seeded chain', () => {
  it('a tuple of calls comes back as a tuple of their results', async () => {
    const ctx = testReadContext()
    const [domain, agreed, details] = await readAll(ctx, [
      registryRead(ctx, 'getNode', [NODE_OPERATOR]),
      permissionsRead(ctx, 'hasUserAgreementByAddress', [anvilAddress(5), SMART_CHARGING]),
      registryRead(ctx, 'getPartyDetailsByAddress', [SMART_CHARGING]),
    ])
    expectTypeOf(domain).toEqualTypeOf<string>()
    expectTypeOf(agreed).toEqualTypeOf<boolean>()
    expectTypeOf(details[5]).toEqualTypeOf<Address>()
    expect(domain).toBe(DEMO_NODES[0].domain)
    expect(typeof agreed).toBe('boolean')
    expect(details[5]).toMatch(/^0x[0-9a-fA-F]{40}$/)
  })

  it('groups of calls share one read and each comes back typed by its own calls', async () => {
    const ctx = testReadContext()
    const operators = DEMO_NODES.map((node) => anvilAddress(node.account))
    const [domains, services] = await readGroups(ctx, [
      operators.map((o) => registryRead(ctx, 'getNode', [o])),
      [permissionsRead(ctx, 'getService', [SMART_CHARGING])],
    ])
    expectTypeOf(domains).toEqualTypeOf<string[]>()
    expectTypeOf(services[0][4]).toEqualTypeOf<readonly bigint[]>()
    expect(domains).toEqual(DEMO_NODES.map((node) => node.domain))
    expect(services[0][4].length).toBeGreaterThan(0)
  })
})
