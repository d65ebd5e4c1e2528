import { encodeFunctionData, type Hex } from 'viem'
import { describe, expect, it } from 'vitest'
import { LOCAL_PERMISSIONS, LOCAL_REGISTRY } from '../chain/networks'
import { permissionsAbi } from '../ocn/abi'
import { encodeCountryCode, encodePartyId } from '../ocn/codecs'
import {
  agreementAction,
  boundDetails,
  decodeCheckpoint,
  decodeNodeUpdate,
  decodePartyUpdate,
  decodeServiceUpdate,
  isEventId,
  listChange,
  MAX_LIST,
  MAX_TEXT,
  type PartyState,
  serviceWriteBySelector,
} from './decode'

const PROVIDER: Hex = '0xa0ee7a142d267c1f36714e4a8f75612f20a79720'
const OPERATOR: Hex = '0x70997970c51812dc3a010c7d01b50e0d17dc79c8'
const OTHER_OPERATOR: Hex = '0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc'
const ZERO: Hex = '0x0000000000000000000000000000000000000000'
const WALLET: Hex = '0x1111111111111111111111111111111111111111'
const SIG = { v: 27, r: `0x${'11'.repeat(32)}`, s: `0x${'22'.repeat(32)}` } as const

const call = (data: Hex, to: Hex | null = LOCAL_PERMISSIONS) => ({ to, input: data })
const create = encodeFunctionData({ abi: permissionsAbi, functionName: 'createAgreement', args: [PROVIDER] })
const createRaw = encodeFunctionData({ abi: permissionsAbi, functionName: 'createAgreementRaw', args: [PROVIDER, SIG.v, SIG.r, SIG.s] })
const revoke = encodeFunctionData({ abi: permissionsAbi, functionName: 'revokeAgreement', args: [PROVIDER] })
const revokeRaw = encodeFunctionData({ abi: permissionsAbi, functionName: 'revokeAgreementRaw', args: [PROVIDER, SIG.v, SIG.r, SIG.s] })
const setService = encodeFunctionData({ abi: permissionsAbi, functionName: 'setService', args: ['', '', [1n]] })
const setServiceRaw = encodeFunctionData({ abi: permissionsAbi, functionName: 'setServiceRaw', args: ['', '', [1n], SIG.v, SIG.r, SIG.s] })
const deleteService = encodeFunctionData({ abi: permissionsAbi, functionName: 'deleteService' })
const deleteServiceRaw = encodeFunctionData({ abi: permissionsAbi, functionName: 'deleteServiceRaw', args: [PROVIDER, SIG.v, SIG.r, SIG.s] })

function partyState(overrides: Partial<PartyState> = {}): PartyState {
  return {
    countryCode: encodeCountryCode('DE'),
    partyId: encodePartyId('MSP'),
    roles: [1],
    modulesSender: [],
    modulesReceiver: [],
    operator: OPERATOR,
    ...overrides,
  }
}

describe('checkpoints and event ids', () => {
  const id = '1795679959' + '0000000000031337' + '0000000000000048' + '0000000000000000' + '5' + '0000000000000003'

  it('reads the block and its time from a Ponder checkpoint', () => {
    expect(decodeCheckpoint(id)).toEqual({ block: 48n, time: 1795679959 })
  })

  it('accepts only a 75-digit id as a paging cursor', () => {
    expect(isEventId(id)).toBe(true)
    expect(isEventId(id.slice(1))).toBe(false)
    expect(isEventId(`${id.slice(1)}'`)).toBe(false)
    expect(decodeCheckpoint('0; DROP TABLE activity')).toBeNull()
  })
})

describe('agreements: create or revoke', () => {
  it('tells create from revoke by the selector of a direct call, direct and raw', () => {
    expect(agreementAction(call(create), LOCAL_PERMISSIONS, false)).toEqual({ action: 'created', decidedBy: 'selector' })
    expect(agreementAction(call(createRaw), LOCAL_PERMISSIONS, false)).toEqual({ action: 'created', decidedBy: 'selector' })
    expect(agreementAction(call(revoke), LOCAL_PERMISSIONS, true)).toEqual({ action: 'revoked', decidedBy: 'selector' })
    expect(agreementAction(call(revokeRaw), LOCAL_PERMISSIONS, true)).toEqual({ action: 'revoked', decidedBy: 'selector' })
  })

  it('trusts the selector over the state it was given', () => {
    expect(agreementAction(call(revoke), LOCAL_PERMISSIONS, false).action).toBe('revoked')
    expect(agreementAction(call(create), LOCAL_PERMISSIONS, true).action).toBe('created')
  })

  it('compares the contract address in any case', () => {
    expect(agreementAction(call(revoke, LOCAL_PERMISSIONS.toLowerCase() as Hex), LOCAL_PERMISSIONS, false).decidedBy).toBe('selector')
  })

  it('falls back to the alternation per (user, provider) for a call through a contract wallet', () => {
    // A wallet's own calldata: its selector says nothing about the agreement, even if it happens to match.
    expect(agreementAction(call(revoke, WALLET), LOCAL_PERMISSIONS, false)).toEqual({ action: 'created', decidedBy: 'alternation' })
    expect(agreementAction(call(create, WALLET), LOCAL_PERMISSIONS, true)).toEqual({ action: 'revoked', decidedBy: 'alternation' })
    expect(agreementAction(call('0x', null), LOCAL_PERMISSIONS, false)).toEqual({ action: 'created', decidedBy: 'alternation' })
  })

  it('falls back to the alternation for a direct call it does not know', () => {
    expect(agreementAction(call(setService), LOCAL_PERMISSIONS, true)).toEqual({ action: 'revoked', decidedBy: 'alternation' })
  })
})

describe('services: edit or withdraw', () => {
  it('tells an edit from a withdrawal by the selector, direct and raw', () => {
    expect(serviceWriteBySelector(call(setService), LOCAL_PERMISSIONS)).toBe('edit')
    expect(serviceWriteBySelector(call(setServiceRaw), LOCAL_PERMISSIONS)).toBe('edit')
    expect(serviceWriteBySelector(call(deleteService), LOCAL_PERMISSIONS)).toBe('withdraw')
    expect(serviceWriteBySelector(call(deleteServiceRaw), LOCAL_PERMISSIONS)).toBe('withdraw')
  })

  it('leaves a call through another contract to the state at the block', () => {
    expect(serviceWriteBySelector(call(deleteService, WALLET), LOCAL_PERMISSIONS)).toBeNull()
    expect(serviceWriteBySelector(call(deleteService, LOCAL_REGISTRY), LOCAL_PERMISSIONS)).toBeNull()
  })

  const listed = { name: 'Billing', url: 'https://a.example', permissions: ['7', '8'], withdrawn: false }
  const bySelector = { withdraw: false, decidedBy: 'selector' } as const

  it('lists a new service with its whole permission list', () => {
    expect(decodeServiceUpdate(null, listed, bySelector)).toEqual({
      kind: 'service-listed',
      details: { name: 'Billing', url: 'https://a.example', permissions: ['7', '8'], decidedBy: 'selector' },
    })
  })

  it('says only what an edit changed, permissions as added and removed', () => {
    const next = { name: 'Billing', url: 'https://b.example', permissions: ['8', '5', '16'] }
    expect(decodeServiceUpdate(listed, next, bySelector)).toEqual({
      kind: 'service-changed',
      details: { url: { from: 'https://a.example', to: 'https://b.example' }, permissions: { added: ['5', '16'], removed: ['7'] }, decidedBy: 'selector' },
    })
    expect(decodeServiceUpdate(listed, { ...listed, name: 'Invoicing' }, bySelector).details).toEqual({
      name: { from: 'Billing', to: 'Invoicing' },
      decidedBy: 'selector',
    })
  })

  it('reads deleteService (empty name and url, the old permissions) as a withdrawal, not an edit', () => {
    const emitted = { name: '', url: '', permissions: ['7', '8'] }
    expect(decodeServiceUpdate(listed, emitted, { withdraw: true, decidedBy: 'state' })).toEqual({
      kind: 'service-withdrawn',
      details: { name: 'Billing', url: 'https://a.example', decidedBy: 'state' },
    })
    // The same event from setService("", "", [7, 8]) is an edit that empties name and url.
    expect(decodeServiceUpdate(listed, emitted, bySelector)).toEqual({
      kind: 'service-changed',
      details: { name: { from: 'Billing', to: '' }, url: { from: 'https://a.example', to: '' }, decidedBy: 'selector' },
    })
  })

  it('calls a listing after a withdrawal a re-listing', () => {
    expect(decodeServiceUpdate({ ...listed, withdrawn: true }, { ...listed, permissions: ['0'] }, bySelector)).toEqual({
      kind: 'service-relisted',
      details: { name: 'Billing', url: 'https://a.example', permissions: ['0'], decidedBy: 'selector' },
    })
  })
})

describe('nodes', () => {
  it('lists, moves and deletes a node', () => {
    expect(decodeNodeUpdate(null, 'https://node.example')).toEqual({ kind: 'node-listed', details: { domain: 'https://node.example' } })
    expect(decodeNodeUpdate('', 'https://node.example').kind).toBe('node-listed')
    expect(decodeNodeUpdate('https://a.example', 'https://b.example')).toEqual({
      kind: 'node-changed',
      details: { domain: { from: 'https://a.example', to: 'https://b.example' } },
    })
    expect(decodeNodeUpdate('https://a.example', '')).toEqual({ kind: 'node-deleted', details: { domain: 'https://a.example' } })
  })
})

describe('parties', () => {
  it('lists a party with its credentials, roles, modules and node', () => {
    expect(decodePartyUpdate(null, partyState({ modulesSender: [4, 0], roles: [1, 0] }))).toEqual({
      kind: 'party-listed',
      details: {
        credentials: 'DE*MSP',
        roles: { added: ['CPO', 'EMSP'], removed: [] },
        modulesSender: { added: ['cdrs', 'sessions'], removed: [] },
        node: { from: ZERO, to: OPERATOR },
      },
    })
  })

  it('says only what changed: credentials, roles, modules sender and receiver, node', () => {
    const before = partyState({ roles: [1], modulesSender: [4], modulesReceiver: [0] })
    const after = partyState({ partyId: encodePartyId('MSQ'), roles: [1, 6], modulesSender: [4], modulesReceiver: [6], operator: OTHER_OPERATOR })
    expect(decodePartyUpdate(before, after)).toEqual({
      kind: 'party-changed',
      details: {
        credentials: { from: 'DE*MSP', to: 'DE*MSQ' },
        roles: { added: ['SCSP'], removed: [] },
        modulesReceiver: { added: ['tokens'], removed: ['cdrs'] },
        node: { from: OPERATOR, to: OTHER_OPERATOR },
      },
    })
  })

  it('shows setParty wiping the modules when it is all the transaction did', () => {
    const before = partyState({ modulesSender: [4], modulesReceiver: [0] })
    expect(decodePartyUpdate(before, partyState()).details).toEqual({
      modulesSender: { added: [], removed: ['sessions'] },
      modulesReceiver: { added: [], removed: ['cdrs'] },
    })
  })

  it('told against the state before the transaction, setParty then setPartyModules is only the net change', () => {
    const beforeTx = partyState({ modulesSender: [4], modulesReceiver: [0] })
    const afterModules = partyState({ roles: [1, 0], modulesSender: [4], modulesReceiver: [0] })
    expect(decodePartyUpdate(beforeTx, afterModules)).toEqual({ kind: 'party-changed', details: { roles: { added: ['CPO'], removed: [] } } })
  })

  it('reads operator 0x0 as a deletion, naming the credentials it had', () => {
    const deleted = partyState({ countryCode: '0x0000', partyId: '0x000000', roles: [], operator: ZERO })
    expect(decodePartyUpdate(partyState(), deleted)).toEqual({ kind: 'party-deleted', details: { credentials: 'DE*MSP' } })
    expect(decodePartyUpdate(deleted, partyState()).kind).toBe('party-listed')
  })

  it('names roles and modules outside the enums by their number', () => {
    expect(decodePartyUpdate(partyState(), partyState({ roles: [1, 9] })).details.roles).toEqual({ added: ['9'], removed: [] })
  })
})

describe('list changes', () => {
  it('orders numbers by value and ignores duplicates and order', () => {
    expect(listChange(['10', '2'], ['2', '10', '10'])).toBeNull()
    expect(listChange([], ['10', '9', '100'])).toEqual({ added: ['9', '10', '100'], removed: [] })
  })
})

describe('bounds', () => {
  it('clips long text and long lists in every shape of detail, leaving short ones alone', () => {
    const long = 'x'.repeat(MAX_TEXT + 1)
    const many = Array.from({ length: MAX_LIST + 5 }, (_, i) => String(i))
    const bounded = boundDetails({ name: { from: long, to: 'Billing' }, url: long, permissions: { added: many, removed: ['1'] }, decidedBy: 'selector' })
    expect(bounded.name).toEqual({ from: `${'x'.repeat(MAX_TEXT - 1)}…`, to: 'Billing' })
    expect((bounded.url as string).length).toBe(MAX_TEXT)
    expect(bounded.permissions).toEqual({ added: many.slice(0, MAX_LIST), removed: ['1'] })
    expect(bounded.decidedBy).toBe('selector')
    expect(boundDetails({ permissions: many }).permissions).toHaveLength(MAX_LIST)
  })
})
