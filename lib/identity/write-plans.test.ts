import type { Address } from 'viem'
import { describe, expect, it } from 'vitest'
import { NETWORKS } from '../chain/networks'
import { changeNodePlan, deletePartyPlan, listNodePlan, modulesPlan, partyPlan } from './write-plans'

const network = NETWORKS.local
const ME: Address = '0x8626f6940E2eb28930eFb4CeF49B2d1F2C9C1199'
const NODE: Address = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'
const DRAFT = { countryCode: 'NL', partyId: 'NEW', roles: [0, 1], operator: NODE.toLowerCase() }

const calls = (steps: { request: { functionName: string; args: readonly unknown[] } }[]) =>
  steps.map((s) => [s.request.functionName, ...s.request.args])

describe('identity write plans', () => {
  it('lists a node with its URL in canonical form', () => {
    expect(calls(listNodePlan(network, ME, ' http://localhost:8090 '))).toEqual([['setNode', 'http://localhost:8090']])
    expect(calls(listNodePlan(network, ME, 'HTTPS://Node.Example:443/'))).toEqual([['setNode', 'https://node.example']])
  })

  it('changes a node URL by deleting it first, so the old URL is not reserved forever', () => {
    const steps = changeNodePlan(network, ME, 'http://localhost:8091')
    expect(calls(steps)).toEqual([['deleteNode'], ['setNode', 'http://localhost:8091']])
    expect(steps.every((s) => s.request.address === network.registry)).toBe(true)
  })

  it('lists a new party in one transaction, with encoded credentials and the checksummed node', () => {
    expect(calls(partyPlan(network, ME, DRAFT, null))).toEqual([['setParty', '0x4e4c', '0x4e4557', [0, 1], NODE]])
  })

  it('re-applies the modules right after a party update, which wipes them', () => {
    const steps = partyPlan(network, ME, DRAFT, { sender: [0, 3], receiver: [2] })
    expect(calls(steps)).toEqual([
      ['setParty', '0x4e4c', '0x4e4557', [0, 1], NODE],
      ['setPartyModules', [0, 3], [2]],
    ])
    expect(new Set(steps.map((s) => s.key)).size).toBe(2)
  })

  it('skips the second transaction when the party has no modules to keep', () => {
    expect(calls(partyPlan(network, ME, DRAFT, { sender: [], receiver: [] }))).toEqual([['setParty', '0x4e4c', '0x4e4557', [0, 1], NODE]])
  })

  it('sets modules and deletes a party in one transaction each', () => {
    expect(calls(modulesPlan(network, ME, { sender: [], receiver: [6] }))).toEqual([['setPartyModules', [], [6]]])
    expect(calls(deletePartyPlan(network, ME))).toEqual([['deleteParty']])
  })
})
