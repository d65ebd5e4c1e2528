import { describe, expect, it } from 'vitest'
import { deT, enT } from '../i18n/testing'
import { directionsLabel, scopeLabel } from './catalog'
import { groupPermissions, groupText } from './permission-groups'
import { exampleRequest } from './ocpi-examples'

describe('permission groups', () => {
  it('folds sender and receiver of one module into one group, in catalog order', () => {
    const { groups, unknown } = groupPermissions([16n, 6n, 5n, 15n])
    expect(groups.map((g) => [scopeLabel(g.scope, enT), g.directions, g.personalData])).toEqual([
      ['Sessions', ['sender', 'receiver'], true],
      ['Charging profiles', ['sender', 'receiver'], false],
    ])
    expect(unknown).toEqual([])
  })

  it('shows FORWARD_ALL as every module in both directions, with personal data', () => {
    const { groups } = groupPermissions([0n])
    expect(groups).toHaveLength(1)
    expect(groups[0]).toMatchObject({ scope: 'all', directions: ['sender', 'receiver'], personalData: true })
    expect(scopeLabel(groups[0].scope, enT)).toBe('All OCPI modules')
    expect(groupText(groups[0], enT)).toBe('Every OCPI request · all modules, sender + receiver')
    expect(groupText(groups[0], deT)).toBe('Jede OCPI-Anfrage · alle Module, Sender + Empfänger')
  })

  it('calls FORWARD_ALL_SENDER with FORWARD_ALL_RECEIVER every request, and each alone only its direction', () => {
    expect(groupPermissions([1n, 2n]).groups.map((g) => groupText(g, enT))).toEqual(['Every OCPI request · all modules, sender + receiver'])
    expect(groupPermissions([1n]).groups.map((g) => groupText(g, enT))).toEqual(['All modules · sender'])
    expect(groupPermissions([2n, 8n]).groups.map((g) => groupText(g, enT))).toEqual(['All modules · receiver', 'CDRs · receiver'])
  })

  it('collapses duplicates and keeps unknown values apart', () => {
    const { groups, unknown } = groupPermissions([8n, 8n, 17n, 2n ** 256n - 1n, 17n])
    expect(groups.map((g) => [scopeLabel(g.scope, enT), g.directions])).toEqual([['CDRs', ['receiver']]])
    expect(unknown).toEqual([17n, 2n ** 256n - 1n])
  })

  it('labels directions and gives a concrete example request', () => {
    expect(directionsLabel(['sender', 'receiver'], enT)).toBe('sender + receiver')
    expect(directionsLabel(['receiver'], enT)).toBe('receiver')
    expect(directionsLabel(['receiver'], deT)).toBe('Empfänger')
    expect(groupText(groupPermissions([8n]).groups[0], deT)).toBe('Ladedatensätze (CDRs) · Empfänger')
    expect(exampleRequest('cdrs', 'receiver')).toBe('POST /ocpi/receiver/2.2/cdrs')
    expect(exampleRequest('cdrs', 'sender')).toMatch(/^GET \/ocpi\/sender\/2.2\/cdrs/)
  })
})

describe('permission groups, remembered', () => {
  it('groups a list the same way every time, however it was spelt and however long it is', () => {
    const lists = [[8n], [16n, 6n, 5n, 15n], [0n, 17n, 99n], Array.from({ length: 40 }, (_, i) => BigInt(i))]
    const first = lists.map((list) => groupPermissions(list))
    const again = lists.map((list) => groupPermissions([...list]))
    expect(again).toEqual(first)
    expect(first[3].unknown).toEqual(Array.from({ length: 23 }, (_, i) => BigInt(i + 17)))
    // A list that only shares a prefix is its own entry.
    expect(groupPermissions([5n, 6n, 15n]).groups.map((g) => scopeLabel(g.scope, enT))).toEqual(['Sessions', 'Charging profiles'])
    expect(groupPermissions([5n, 6n]).groups.map((g) => scopeLabel(g.scope, enT))).toEqual(['Sessions'])
  })
})
