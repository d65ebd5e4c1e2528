import { enT } from '../i18n/testing'
import { describe, expect, it } from 'vitest'
import { NETWORKS } from '../chain/networks'
import { signedOnNote } from './signed-on'

describe('signedOnNote', () => {
  it('is plain when the request was prepared on the network it is submitted to', () => {
    expect(signedOnNote(31337, NETWORKS.local, enT)).toEqual({ text: 'Prepared on Local OCN network (chain 31337), the network you submit it to.', elsewhere: false })
  })

  it('says that the signatures work here too when prepared on another network, named when known', () => {
    const note = signedOnNote(73799, NETWORKS.ewc, enT)
    expect(note.elsewhere).toBe(true)
    expect(note.text).toContain('Prepared on Volta testnet (chain 73799), not on Energy Web Chain.')
    expect(note.text).toContain("acts on Energy Web Chain's Registry and Permissions contracts")
    expect(signedOnNote(5, NETWORKS.local, enT).text).toContain('Prepared on a network with chain id 5, not on Local OCN network.')
  })
})
