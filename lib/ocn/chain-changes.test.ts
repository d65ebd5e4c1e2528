import { encodeAbiParameters, encodeEventTopics, type Hex, keccak256, stringToHex } from 'viem'
import { describe, expect, it } from 'vitest'
import { LOCAL_PERMISSIONS, LOCAL_REGISTRY } from '../chain/networks'
import { anvilAddress } from '../devnet/accounts'
import { permissionsAbi, registryAbi } from './abi'
import { decodeChanges, type RawLog } from './chain-changes'
import { DEMO_ACCOUNT } from '../devnet/demo-network'

const contracts = { registry: LOCAL_REGISTRY, permissions: LOCAL_PERMISSIONS }
const [A, B, C] = [anvilAddress(DEMO_ACCOUNT.CH_CPA), anvilAddress(DEMO_ACCOUNT.CH_CPB), anvilAddress(DEMO_ACCOUNT.DE_CPO)]

const operatorUpdate = (operator: Hex, domain: string): RawLog => ({
  address: LOCAL_REGISTRY,
  topics: encodeEventTopics({ abi: registryAbi, eventName: 'OperatorUpdate', args: { operator } }) as Hex[],
  data: encodeAbiParameters([{ type: 'string' }], [domain]),
})
const partyUpdate = (party: Hex): RawLog => ({
  address: LOCAL_REGISTRY,
  topics: encodeEventTopics({ abi: registryAbi, eventName: 'PartyUpdate', args: { partyAddress: party, operatorAddress: B } }) as Hex[],
  data: encodeAbiParameters(
    [{ type: 'bytes2' }, { type: 'bytes3' }, { type: 'uint8[]' }, { type: 'uint8[]' }, { type: 'uint8[]' }],
    ['0x4445', '0x4d5350', [1], [], []],
  ),
})
const serviceUpdate = (provider: Hex): RawLog => ({
  address: LOCAL_PERMISSIONS,
  topics: encodeEventTopics({ abi: permissionsAbi, eventName: 'ServiceUpdate' }) as Hex[],
  data: encodeAbiParameters([{ type: 'string' }, { type: 'string' }, { type: 'uint256[]' }, { type: 'address' }], ['n', 'u', [8n], provider]),
})
const agreement = (user: Hex, provider: Hex): RawLog => ({
  address: LOCAL_PERMISSIONS,
  topics: encodeEventTopics({ abi: permissionsAbi, eventName: 'ServiceAgreement' }) as Hex[],
  data: encodeAbiParameters([{ type: 'address' }, { type: 'address' }], [user, provider]),
})
const ownership: RawLog = {
  address: LOCAL_REGISTRY,
  topics: encodeEventTopics({ abi: registryAbi, eventName: 'OwnershipTransferred', args: { previousOwner: A, newOwner: B } }) as Hex[],
  data: '0x',
}

describe('decodeChanges', () => {
  it('names each touched entry once, in log order, whatever the case of the contract address', () => {
    const logs = [
      partyUpdate(B),
      agreement(A, C),
      partyUpdate(A),
      agreement(A, C),
      { ...serviceUpdate(C), address: LOCAL_PERMISSIONS.toLowerCase() as Hex },
      operatorUpdate(B, ''),
      partyUpdate(B),
      ownership,
    ]
    expect(decodeChanges(contracts, logs)).toEqual({
      operators: [B],
      parties: [B, A],
      providers: [C],
      agreements: [{ user: A, provider: C }],
      owners: [B],
    })
  })

  it('names the new owner of an ownership transfer, and touches nothing else', () => {
    expect(decodeChanges(contracts, [ownership])).toEqual({ operators: [], parties: [], providers: [], agreements: [], owners: [B] })
  })

  it('gives up on a log it cannot attribute, so that the snapshot is read afresh', () => {
    expect(decodeChanges(contracts, [partyUpdate(A), { ...serviceUpdate(C), address: anvilAddress(DEMO_ACCOUNT.FRESH) }])).toBeNull()
    expect(decodeChanges(contracts, [{ ...partyUpdate(A), topics: [keccak256(stringToHex('Unknown(address)'))] }])).toBeNull()
    expect(decodeChanges(contracts, [{ ...partyUpdate(A), topics: [] }])).toBeNull()
    // An event of the other contract at this address.
    expect(decodeChanges(contracts, [{ ...serviceUpdate(C), address: LOCAL_REGISTRY }])).toBeNull()
  })
})
