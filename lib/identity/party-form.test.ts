import type { Address } from 'viem'
import { describe, expect, it } from 'vitest'
import { deT, enT } from '../i18n/testing'
import type { Node, Party } from '../ocn/reads'
import {
  clashingHolder,
  credentialsChanged,
  EMPTY_PARTY_DRAFT,
  hasErrors,
  modulesDraftOf,
  partyDraftOf,
  type PartyDraft,
  sameModules,
  samePartyDraft,
  toggleIndex,
  validateNodeUrl,
  validatePartyDraft,
} from './party-form'

const ME: Address = '0x8626f6940E2eb28930eFb4CeF49B2d1F2C9C1199'
const OTHER: Address = '0x14dC79964da2C08b23698B3D3cc7Ca32193d9955'
const NODE_A: Node = { operator: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8', domain: 'http://localhost:8080' }
const NODES: Node[] = [NODE_A, { operator: '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC', domain: 'http://localhost:8081' }]

const VALID: PartyDraft = { countryCode: 'NL', partyId: 'NEW', roles: [0], operator: NODE_A.operator }

const PARTY: Party = {
  address: ME,
  countryCode: 'NL',
  partyId: 'NEW',
  roles: [1, 0],
  modulesSender: [3, 0],
  modulesReceiver: [2],
  operator: NODE_A.operator,
  nodeDomain: NODE_A.domain,
}

const validate = (draft: Partial<PartyDraft>, takenBy: Address | null = null) =>
  validatePartyDraft({ ...VALID, ...draft }, { nodes: NODES, takenBy }, enT)

describe('validatePartyDraft', () => {
  it('accepts a complete draft on a listed node', () => {
    expect(validate({})).toEqual({})
    expect(hasErrors(validate({}))).toBe(false)
  })

  it('asks for 2 upper-case letters as country code', () => {
    expect(validate({ countryCode: '' }).countryCode).toBe('Country code must be exactly 2 letters (for example DE).')
    expect(validate({ countryCode: 'NLD' }).countryCode).toBe('Country code must be exactly 2 letters (for example DE).')
    expect(validate({ countryCode: 'nl' }).countryCode).toBe('Country code must be 2 upper-case letters A-Z (for example DE).')
    expect(validate({ countryCode: 'N1' }).countryCode).toMatch(/upper-case letters/)
  })

  it('asks for 3 upper-case letters or digits as party ID', () => {
    expect(validate({ partyId: 'NE' }).partyId).toBe('Party ID must be exactly 3 characters (for example MSP).')
    expect(validate({ partyId: 'new' }).partyId).toBe('Party ID must be 3 upper-case letters or digits (for example MSP).')
    expect(validate({ partyId: 'N-W' }).partyId).toMatch(/upper-case letters or digits/)
    expect(validate({ partyId: 'N19' })).toEqual({})
  })

  it('needs at least one known role', () => {
    expect(validate({ roles: [] }).roles).toBe('Choose at least one role for your party.')
    expect(validate({ roles: [0, 7] }).roles).toBe('Choose roles from the list.')
    expect(validate({ roles: [6] })).toEqual({})
  })

  it('needs a node that is listed, whatever the address case', () => {
    expect(validate({ operator: '' }).operator).toBe('Choose the OCN node that serves your party.')
    expect(validate({ operator: OTHER }).operator).toMatch(/not listed in the Registry/)
    expect(validate({ operator: NODE_A.operator.toLowerCase() })).toEqual({})
  })

  it('refuses credentials another address holds, naming it', () => {
    const errors = validate({ countryCode: 'DE', partyId: 'MSP' }, OTHER)
    expect(errors.credentials).toBe(
      'DE*MSP is already listed by another address (0x14dC…9955). Each country code and party ID can belong to one address only: ' +
        'check your credentials, or connect the wallet that holds them.',
    )
    expect(Object.keys(errors)).toEqual(['credentials'])
  })

  it('says it in German for a German visitor', () => {
    const draft = { ...VALID, countryCode: 'DE', partyId: 'MSP', roles: [], operator: '' }
    const errors = validatePartyDraft(draft, { nodes: NODES, takenBy: OTHER }, deT)
    expect(errors.roles).toBe('Wählen Sie mindestens eine Rolle für Ihre Partei.')
    expect(errors.operator).toBe('Wählen Sie den OCN-Knoten, der Ihre Partei bedient.')
    expect(errors.credentials).toMatch(/^DE\*MSP ist bereits von einer anderen Adresse \(0x14dC…9955\) eingetragen\./)
    expect(validateNodeUrl('http://localhost:8081', NODES, '', deT)).toBe(
      'Ein anderer Knotenbetreiber (0x3C44…93BC) hat diese URL bereits eingetragen. Eine Knoten-URL kann nur einmal eingetragen werden.',
    )
  })

  it('reports every problem at once', () => {
    expect(Object.keys(validatePartyDraft(EMPTY_PARTY_DRAFT, { nodes: NODES, takenBy: null }, enT)).sort()).toEqual(['countryCode', 'operator', 'partyId', 'roles'])
  })
})

describe('clashingHolder', () => {
  it('ignores free credentials and the account itself', () => {
    expect(clashingHolder(null, ME)).toBeNull()
    expect(clashingHolder(ME, ME)).toBeNull()
    expect(clashingHolder(ME.toLowerCase() as Address, ME)).toBeNull()
    expect(clashingHolder(OTHER, ME)).toBe(OTHER)
  })
})

describe('validateNodeUrl', () => {
  it('refuses a URL another node lists in another spelling, but lets a node re-spell its own', () => {
    expect(validateNodeUrl('HTTP://LOCALHOST:8081/', NODES, '', enT)).toBe(
      'Another node operator (0x3C44…93BC) already lists this URL. A node URL can be listed only once.',
    )
    const respelled: Node[] = [...NODES, { operator: ME, domain: 'http://Node.example:80/' }]
    expect(validateNodeUrl('http://node.example', respelled, '', enT)).toBe(
      `Another node operator (0x8626…1199) already lists this URL, spelled http://Node.example:80/. A node URL can be listed only once.`,
    )
    expect(validateNodeUrl('http://node.example', respelled, 'http://Node.example:80/', enT)).toBeNull()
    expect(validateNodeUrl('http://node.example/', [...NODES, { operator: ME, domain: 'http://node.example' }], 'http://node.example', enT)).toBe(
      'This is already the URL of your node.',
    )
  })

  it('accepts a new http(s) URL, trimmed', () => {
    expect(validateNodeUrl('https://node.example.com', NODES, '', enT)).toBeNull()
    expect(validateNodeUrl('  http://localhost:8090 ', NODES, '', enT)).toBeNull()
  })

  it('refuses an empty URL', () => {
    expect(validateNodeUrl('', NODES, '', enT)).toBe('Enter the URL of your OCN node.')
    expect(validateNodeUrl('   ', NODES, '', enT)).toBe('Enter the URL of your OCN node.')
  })

  it('refuses anything but a full http(s) URL', () => {
    for (const url of ['node.example.com', 'ftp://node.example.com', 'javascript:alert(1)', 'https://exa mple.com', 'https://node\u200b.example.com']) {
      expect(validateNodeUrl(url, NODES, '', enT)).toMatch(/^Enter a full http:\/\/ or https:\/\/ URL/)
    }
  })

  it('refuses the URL of another live node, and the unchanged own URL', () => {
    expect(validateNodeUrl('http://localhost:8081', NODES, '', enT)).toBe(
      'Another node operator (0x3C44…93BC) already lists this URL. A node URL can be listed only once.',
    )
    expect(validateNodeUrl('http://localhost:8080', NODES, 'http://localhost:8080', enT)).toBe('This is already the URL of your node.')
  })
})

describe('drafts from the chain', () => {
  it('start from the listed party, in on-chain order', () => {
    expect(partyDraftOf(PARTY)).toEqual({ countryCode: 'NL', partyId: 'NEW', roles: [0, 1], operator: NODE_A.operator })
    expect(modulesDraftOf(PARTY)).toEqual({ sender: [0, 3], receiver: [2] })
    expect(partyDraftOf(null)).toEqual(EMPTY_PARTY_DRAFT)
    expect(modulesDraftOf(null)).toEqual({ sender: [], receiver: [] })
  })

  it('tell an unchanged draft from a change', () => {
    expect(samePartyDraft(partyDraftOf(PARTY), PARTY)).toBe(true)
    expect(samePartyDraft({ ...partyDraftOf(PARTY), operator: NODE_A.operator.toLowerCase() }, PARTY)).toBe(true)
    expect(samePartyDraft({ ...partyDraftOf(PARTY), roles: [1] }, PARTY)).toBe(false)
    expect(credentialsChanged(partyDraftOf(PARTY), PARTY)).toBe(false)
    expect(credentialsChanged({ ...partyDraftOf(PARTY), partyId: 'OLD' }, PARTY)).toBe(true)
  })

  it('toggle modules and roles in on-chain order', () => {
    expect(toggleIndex([3], 0)).toEqual([0, 3])
    expect(toggleIndex([0, 3], 3)).toEqual([0])
    expect(sameModules({ sender: [3, 0], receiver: [] }, { sender: [0, 3], receiver: [] })).toBe(true)
    expect(sameModules({ sender: [0], receiver: [] }, { sender: [], receiver: [0] })).toBe(false)
  })
})
