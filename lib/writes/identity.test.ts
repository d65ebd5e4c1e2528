import { enT } from '../i18n/testing'
import type { Address } from 'viem'
import { describe, expect, it } from 'vitest'
import { NETWORKS } from '../chain/networks'
import type { Party } from '../ocn/reads'
import type { WriteAction } from './action'
import { changeNodeUrlAction } from './change-node-url'
import { deleteNodeAction } from './delete-node'
import { deletePartyAction } from './delete-party'
import { setModulesAction } from './set-modules'
import { setNodeAction } from './set-node'
import { setPartyAction } from './set-party'
import { identityActionKey } from '../tx/action-keys'

const network = NETWORKS.local
const ME: Address = '0x8626f6940E2eb28930eFb4CeF49B2d1F2C9C1199'
const NODE: Address = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'
const NODES = [{ operator: NODE, domain: 'http://localhost:8081' }]
const DRAFT = { countryCode: 'NL', partyId: 'NEW', roles: [0, 1], operator: NODE.toLowerCase() }
const LISTED: Party = {
  address: ME,
  countryCode: 'DE',
  partyId: 'OLD',
  roles: [1],
  modulesSender: [2],
  modulesReceiver: [0],
  operator: NODE,
  nodeDomain: 'http://localhost:8081',
}

const calls = (action: WriteAction) => action.steps.map((s) => [s.request.functionName, ...s.request.args])
const keys = (action: WriteAction) => action.steps.map((s) => s.key)
const said = (action: WriteAction) => [...action.summary.changes, ...action.summary.dataFlow, ...action.summary.notDone].join('\n')

describe('node actions', () => {
  it('lists a node with its URL in canonical form, under the key its pending transaction resumes by', () => {
    const action = setNodeAction(network, ME, 'HTTPS://Node.Example:443/', enT)
    expect(calls(action)).toEqual([['setNode', 'https://node.example']])
    expect(keys(action)).toEqual([`identity:setNode:${ME.toLowerCase()}`])
    expect(action.summary.title).toBe('List your OCN node at https://node.example')
    expect(action.summary.changes[0]).toContain('https://node.example')
    expect(said(action)).toContain('stays reserved forever')
  })

  it('changes a node URL by deleting it first, and says the old URL is released and the node unlisted between', () => {
    const action = changeNodeUrlAction(network, ME, 'http://localhost:8090', 'http://localhost:8091', true, enT)
    expect(calls(action)).toEqual([['deleteNode'], ['setNode', 'http://localhost:8091']])
    expect(action.steps.every((s) => s.request.address === network.registry)).toBe(true)
    expect(keys(action)).toEqual([`identity:deleteNode:${ME.toLowerCase()}`, `identity:setNode:${ME.toLowerCase()}`])
    expect(action.summary.changes[0]).toContain('releases it')
    expect(action.summary.dataFlow[0]).toContain('your own included')
    expect(said(changeNodeUrlAction(network, ME, 'http://a.example', 'http://b.example', false, enT))).not.toContain('your own included')
  })

  it('deletes a node, naming what happens to the parties on it', () => {
    const action = deleteNodeAction(network, ME, 'http://localhost:8090', false, enT)
    expect(calls(action)).toEqual([['deleteNode']])
    // Every node write shows its progress in the node step: one action key for them all.
    expect(action.key).toBe(changeNodeUrlAction(network, ME, 'http://localhost:8090', 'http://x.example', false, enT).key)
    expect(action.key).toBe(identityActionKey('node', ME))
    expect(action.summary.changes).toContain('Its URL is released for anyone to list.')
    expect(action.summary.dataFlow[0]).toContain('reach no node until you list it again')
  })
})

describe('party actions', () => {
  it('lists a new party in one transaction, with encoded credentials, the checksummed node and its URL said', () => {
    const action = setPartyAction(network, ME, { draft: DRAFT, current: null, reapply: null, nodes: NODES }, enT)
    expect(calls(action)).toEqual([['setParty', '0x4e4c', '0x4e4557', [0, 1], NODE]])
    expect(action.summary.title).toBe('List your party as NL*NEW')
    expect(action.summary.changes[0]).toBe(
      'The Registry lists this account as the OCPI party NL*NEW with the roles Charge point operator (CPO), e-Mobility service provider (EMSP), on the OCN node http://localhost:8081.',
    )
    expect(action.summary.notDone[0]).toContain('does not set your OCPI modules')
  })

  it('re-applies the modules right after an update, which wipes them, and says so', () => {
    const action = setPartyAction(network, ME, { draft: DRAFT, current: LISTED, reapply: { sender: [0, 3], receiver: [2] }, nodes: NODES }, enT)
    expect(calls(action)).toEqual([
      ['setParty', '0x4e4c', '0x4e4557', [0, 1], NODE],
      ['setPartyModules', [0, 3], [2]],
    ])
    expect(new Set(keys(action)).size).toBe(2)
    expect(action.summary.title).toBe('Update your party DE*OLD')
    expect(action.summary.changes).toContain('setParty wipes your OCPI modules on chain.')
    expect(action.summary.changes).toContain('A second transaction sets them again, as sender: CDRs, Locations; as receiver: Commands.')
    // New credentials release the old ones.
    expect(action.summary.changes).toContain('DE*OLD is released for any address to list.')
  })

  it('skips the second transaction when the party has no modules to keep', () => {
    const same = { ...DRAFT, countryCode: 'DE', partyId: 'OLD' }
    const action = setPartyAction(network, ME, { draft: same, current: LISTED, reapply: { sender: [], receiver: [] }, nodes: NODES }, enT)
    expect(calls(action)).toEqual([['setParty', '0x4445', '0x4f4c44', [0, 1], NODE]])
    expect(action.summary.changes).toContain('Your party has no OCPI modules to set again.')
    expect(said(action)).not.toContain('released')
  })

  it('sets modules and deletes a party in one transaction each, saying what stays', () => {
    const modules = setModulesAction(network, ME, { sender: [], receiver: [6] }, enT)
    expect(calls(modules)).toEqual([['setPartyModules', [], [6]]])
    expect(modules.summary.changes[0]).toBe("Your party's modules become: as sender: none; as receiver: Tokens.")
    const deleted = deletePartyAction(network, ME, LISTED, enT)
    expect(calls(deleted)).toEqual([['deleteParty']])
    expect(keys(deleted)).toEqual([`identity:deleteParty:${ME.toLowerCase()}`])
    expect(deleted.summary.changes).toContain('DE*OLD is released for any address to list.')
    expect(deleted.summary.notDone[0]).toContain('does not revoke your agreements or delete your service')
  })
})
