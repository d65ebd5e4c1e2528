import { describe, expect, it } from 'vitest'
import { ROLE } from '../ocn/catalog'
import type { Party } from '../ocn/reads'
import { nodesMatching } from './node-search'
import { nextStepOf } from './next-step'

const party = (roles: number[], modulesSender: number[] = [], modulesReceiver: number[] = []): Party => ({
  address: '0x8626f6940E2eb28930eFb4CeF49B2d1F2C9C1199',
  countryCode: 'NL',
  partyId: 'NEW',
  roles,
  modulesSender,
  modulesReceiver,
  operator: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8',
  nodeDomain: 'http://localhost:8080',
})

describe('nextStepOf', () => {
  it('has nothing to point to before anything is listed: the party form is the way in', () => {
    expect(nextStepOf(null, '')).toBeNull()
  })

  it('leads a node operator from the node to a party on it', () => {
    expect(nextStepOf(null, 'http://localhost:8090')).toEqual({ kind: 'party-on-node' })
  })

  it('leads from a listed party to its modules, and from its modules to the marketplace', () => {
    expect(nextStepOf(party([ROLE.EMSP]), '')).toEqual({ kind: 'modules' })
    expect(nextStepOf(party([ROLE.EMSP], [], [0]), '')).toEqual({ kind: 'ready', provider: false })
    expect(nextStepOf(party([ROLE.CPO, ROLE.EMSP], [3]), 'http://localhost:8090')).toEqual({ kind: 'ready', provider: false })
  })

  it('offers publishing a service to parties whose roles offer services', () => {
    expect(nextStepOf(party([ROLE.OTHER], [], [0]), '')).toEqual({ kind: 'ready', provider: true })
    expect(nextStepOf(party([ROLE.CPO, ROLE.SCSP], [1]), '')).toEqual({ kind: 'ready', provider: true })
  })
})

describe('nodesMatching', () => {
  const NODES = [
    { operator: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8' as const, domain: 'http://localhost:8080' },
    { operator: '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC' as const, domain: 'https://ocn.Example.org' },
  ]

  it('finds nodes by URL or operator address, in any case', () => {
    expect(nodesMatching(NODES, '', '')).toEqual(NODES)
    expect(nodesMatching(NODES, ' example ', '')).toEqual([NODES[1]])
    expect(nodesMatching(NODES, '0x7099', '')).toEqual([NODES[0]])
    expect(nodesMatching(NODES, 'nothing', '')).toEqual([])
  })

  it('keeps the chosen node whatever the query', () => {
    expect(nodesMatching(NODES, 'example', NODES[0].operator.toLowerCase())).toEqual(NODES)
  })
})
