import ocnDefinitions from '@shareandcharge/ocn-registry/contract.defs.local.json' with { type: 'json' }
import prodDefinitions from '@shareandcharge/ocn-registry/contract.defs.prod.json' with { type: 'json' }
import voltaDefinitions from '@shareandcharge/ocn-registry/contract.defs.volta.json' with { type: 'json' }
import { describe, expect, it } from 'vitest'
import { permissionsAbi, registryAbi } from './abi'

describe('typed ABIs', () => {
  it('match the ABIs published in @shareandcharge/ocn-registry exactly', () => {
    expect(registryAbi).toEqual(ocnDefinitions.Registry.abi)
    expect(permissionsAbi).toEqual(ocnDefinitions.Permissions.abi)
  })

  it('declare the same functions and events as the Energy Web Chain and Volta definitions', () => {
    // The prod file adds web3's "signature" keys; what matters is every entry's name, inputs and outputs.
    const shape = (abi: readonly { type: string; name?: string; inputs?: readonly { type: string }[]; outputs?: readonly { type: string }[] }[]) =>
      abi.map((e) => `${e.type} ${e.name ?? ''}(${e.inputs?.map((i) => i.type)})${e.outputs?.map((o) => o.type) ?? ''}`).sort()
    for (const definitions of [prodDefinitions, voltaDefinitions]) {
      expect(shape(registryAbi)).toEqual(shape(definitions.Registry.abi))
      expect(shape(permissionsAbi)).toEqual(shape(definitions.Permissions.abi))
    }
  })

  it('expose the functions the marketplace relies on', () => {
    const names = (abi: readonly { type: string; name?: string }[]) =>
      abi.filter((item) => item.type === 'function').map((item) => item.name)
    expect(names(registryAbi)).toEqual(
      expect.arrayContaining(['getParties', 'getPartyDetailsByAddress', 'getNodeOperators', 'getNode', 'setParty']),
    )
    expect(names(permissionsAbi)).toEqual(
      expect.arrayContaining(['getProviders', 'getService', 'createAgreement', 'revokeAgreement', 'hasUserAgreementByAddress']),
    )
  })
})
