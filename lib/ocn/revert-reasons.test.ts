import { describe, expect, it } from 'vitest'
import { deT, enT } from '../i18n/testing'
import { explainRevert, KNOWN_REVERT_REASONS } from './revert-reasons'

/** Copied from ocn-spec §6 and §8: the contract strings as deployed. */
const CONTRACT_STRINGS = [
  'Cannot set empty domain name. Use deleteNode method instead.',
  'Domain name already registered.',
  'Cannot delete node that does not exist.',
  'Cannot set empty country_code. Use deleteParty method instead.',
  'Cannot set empty party_id. Use deleteParty method instead.',
  'No roles provided.',
  'Cannot set empty operator. Use deleteParty method instead.',
  'Party with country_code/party_id already registered under different address.',
  'Provided operator not registered.',
  'Party not registered. Use setParty method first.',
  'Cannot delete party that does not exist. No operator found for given party.',
  'Signer and provided party address different.',
  'Trying to register a service without party listing in Registry.',
  'No permissions given.',
  'Cannot delete service that does not exist.',
  'Service user has no party listing in Registry.',
  'Provider has no registered Service.',
  'Agreement already made between user and provider.',
  'No Agreement made between user and provider.',
]

describe('revert explanations', () => {
  it.each(CONTRACT_STRINGS)('explains "%s" in plain words', (reason) => {
    const text = explainRevert(reason, enT)
    expect(text).toBeTruthy()
    expect(text).not.toMatch(/revert|method|setParty|deleteParty|operator not/i)
    const german = explainRevert(reason, deT)
    expect(german).toBeTruthy()
    expect(german).not.toBe(text)
  })

  it('covers exactly the contract strings', () => {
    expect([...KNOWN_REVERT_REASONS].sort()).toEqual([...CONTRACT_STRINGS].sort())
  })

  it('says what to do for the common agreement failures', () => {
    expect(explainRevert('Service user has no party listing in Registry.', enT)).toContain('create your OCN identity')
    expect(explainRevert('Provider has no registered Service.', enT)).toContain('withdrawn')
    expect(explainRevert('Domain name already registered.', enT)).toContain('reserved forever')
    expect(explainRevert('Provider has no registered Service.', deT)).toContain('zurückgezogen')
  })

  it('returns null for reasons it does not know', () => {
    expect(explainRevert('Ownable: caller is not the owner', enT)).toBeNull()
    expect(explainRevert('constructor', enT)).toBeNull()
  })
})
