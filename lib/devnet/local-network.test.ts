import { createPublicClient, encodeDeployData, http, keccak256 } from 'viem'
import { describe, expect, inject, it } from 'vitest'
import { LOCAL_PERMISSIONS, LOCAL_REGISTRY, MULTICALL3_ADDRESS } from '../chain/networks'
import { permissionsAbi, registryAbi } from '../ocn/abi'
import { anvilAddress } from './accounts'
import { localNetworkState, permissionsCreationCode, registryCreationCode } from './local-network'
import { multicall3CreationCode } from './multicall3'
import { DEMO_ACCOUNT } from './demo-network'

const client = () => createPublicClient({ transport: http(inject('chainUrl')) })

describe('local OCN network', () => {
  it('runs, at the documented addresses, exactly the code created by the published bytecode', async () => {
    const c = client()
    const registryRuntime = (await c.call({ data: registryCreationCode })).data
    const permissionsRuntime = (
      await c.call({ data: encodeDeployData({ abi: permissionsAbi, bytecode: permissionsCreationCode, args: [LOCAL_REGISTRY] }) })
    ).data
    expect(registryRuntime?.length).toBeGreaterThan(1_000)
    expect(keccak256((await c.getCode({ address: LOCAL_REGISTRY }))!)).toBe(keccak256(registryRuntime!))
    expect(keccak256((await c.getCode({ address: LOCAL_PERMISSIONS }))!)).toBe(keccak256(permissionsRuntime!))
  })

  it('binds Permissions to the Registry, owned by the deployer', async () => {
    const c = client()
    expect(await c.readContract({ address: LOCAL_REGISTRY, abi: registryAbi, functionName: 'owner' })).toBe(anvilAddress(DEMO_ACCOUNT.DEPLOYER))
  })

  it('has Multicall3 at its canonical address', async () => {
    const c = client()
    const runtime = (await c.call({ data: multicall3CreationCode })).data!
    expect(await c.getCode({ address: MULTICALL3_ADDRESS })).toBe(runtime)
  })

  it('reports itself as ready, so a restart reuses it', async () => {
    expect(await localNetworkState(inject('chainUrl'))).toBe('ready')
  })
})
