import { enT } from '../i18n/testing'
import type { Address } from 'viem'
import { describe, expect, it } from 'vitest'
import { NETWORKS } from '../chain/networks'
import type { Party, Service } from '../ocn/reads'
import type { WriteAction } from './action'
import { deleteListingAction } from './delete-listing'
import { editListingAction } from './edit-listing'
import { publishListingAction } from './publish-listing'
import { listingActionKey } from '../tx/action-keys'

const network = NETWORKS.local
const ME: Address = '0x8626f6940E2eb28930eFb4CeF49B2d1F2C9C1199'
const HUB: Party = {
  address: ME,
  countryCode: 'DE',
  partyId: 'HUB',
  roles: [2],
  modulesSender: [],
  modulesReceiver: [],
  operator: ME,
  nodeDomain: 'http://localhost:8080',
}
const LIVE: Service = { provider: ME, name: 'Archive', url: 'https://archive.example', permissions: [8n, 99n], party: HUB }

const calls = (action: WriteAction) => action.steps.map((s) => [s.request.address, s.request.functionName, ...s.request.args])

describe('publishing a listing', () => {
  it('sends the trimmed draft with each permission once, in order, and names the personal data that will flow', () => {
    const action = publishListingAction(network, ME, { name: ' Hub CDR Archive ', url: 'https://archive.example/ocn ', permissions: [8, 5, 8] }, HUB, enT)
    expect(calls(action)).toEqual([[network.permissions, 'setService', 'Hub CDR Archive', 'https://archive.example/ocn', [5n, 8n]]])
    expect(action.steps[0].key).toBe(`service:${ME}`)
    expect(action.summary.title).toBe('Publish Hub CDR Archive')
    expect(action.summary.changes[0]).toContain('as the service of DE*HUB, asking for 2 permissions')
    expect(action.summary.dataFlow).toContain(
      "CDRs · receiver (FORWARD_MODULE_CDRS_RECEIVER): the agreeing party's OCN node sends DE*HUB a copy of every request it sends to a CDRs receiver interface (charge detail records: what was charged, when, where and at what price). This is personal data.",
    )
    expect(action.summary.dataFlow.at(-1)).toBe('Copies reach DE*HUB through its OCN node (http://localhost:8080), not the service URL.')
    expect(action.summary.notDone.join(' ')).toContain('only parties that agree send you copies')
  })

  it('names FORWARD_ALL and its reach, and does not call locations personal data', () => {
    const all = publishListingAction(network, ME, { name: 'All', url: 'https://all.example', permissions: [0] }, HUB, enT)
    expect(all.summary.dataFlow[1]).toMatch(/^FORWARD_ALL: .* every OCPI request it sends, in every module, .* personal and billing data/)
    const locations = publishListingAction(network, ME, { name: 'Map', url: 'https://map.example', permissions: [3] }, HUB, enT)
    expect(locations.summary.dataFlow.join(' ')).not.toContain('personal')
    expect(locations.summary.dataFlow.join(' ')).not.toContain('FORWARD_ALL')
  })
})

describe('editing a listing', () => {
  it('says what subscribers start and stop sending, and that they are not asked again', () => {
    const action = editListingAction(network, ME, LIVE, { name: 'Archive 2', url: 'https://archive.example', permissions: [6, 8] }, HUB, enT)
    expect(calls(action)).toEqual([[network.permissions, 'setService', 'Archive 2', 'https://archive.example', [6n, 8n]]])
    expect(action.steps[0].key).toBe(`service:${ME}`)
    // Publish and edit are one transaction (setService) in one editor: one action key.
    expect(action.key).toBe(publishListingAction(network, ME, { name: 'x', url: 'https://x.example', permissions: [8] }, HUB, enT).key)
    expect(action.key).toBe(listingActionKey('publish', ME))
    expect(action.summary.changes).toEqual([
      'The name changes from "Archive" to "Archive 2".',
      'Added permissions: Sessions · receiver (FORWARD_MODULE_SESSIONS_RECEIVER).',
      'Removed permissions: Unknown permission #99.',
    ])
    expect(action.summary.dataFlow[0]).toContain('not asked again')
    expect(action.summary.dataFlow[1]).toContain('Sessions · receiver')
    expect(action.summary.dataFlow[1]).toContain('This is personal data.')
    expect(action.summary.dataFlow[2]).toBe('Copies for the removed permissions stop: Unknown permission #99.')
  })

  it('says the data stays the same when only the text changes', () => {
    const action = editListingAction(network, ME, LIVE, { name: 'Archive', url: 'https://new.example', permissions: [8] }, { ...HUB }, enT)
    expect(action.summary.changes).toEqual(['The URL changes from https://archive.example to https://new.example.', 'Removed permissions: Unknown permission #99.'])
    const textOnly = editListingAction(network, ME, { ...LIVE, permissions: [8n] }, { name: 'Archive', url: 'https://new.example', permissions: [8] }, HUB, enT)
    expect(textOnly.summary.dataFlow[0]).toBe('The data agreeing parties send you does not change: the permissions stay the same.')
  })
})

describe('deleting a listing', () => {
  it('calls deleteService under its own key and says agreements survive it', () => {
    const action = deleteListingAction(network, ME, enT)
    expect(calls(action)).toEqual([[network.permissions, 'deleteService']])
    expect(action.steps[0].key).toBe(`delete-service:${ME}`)
    expect(action.summary.dataFlow[0]).toContain('Every OCN node stops forwarding data to your service')
    expect(action.summary.notDone[0]).toContain('every old agreement is active again at once')
  })
})
