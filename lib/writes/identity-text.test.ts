import { describe, expect, it } from 'vitest'
import { deT, enT } from '../i18n/testing'
import { ROLE } from '../ocn/catalog'
import { modulesText, rolesText } from './identity-text'

describe('identity text', () => {
  it('names roles with their OCPI keys, and modules per interface', () => {
    expect(rolesText([ROLE.CPO, ROLE.EMSP], enT)).toBe('Charge point operator (CPO), e-Mobility service provider (EMSP)')
    expect(modulesText({ sender: [], receiver: [0, 6] }, enT)).toBe('as sender: none; as receiver: CDRs, Tokens')
  })

  it('says it in German', () => {
    expect(rolesText([], deT)).toBe(deT('vocab.none'))
    expect(modulesText({ sender: [3], receiver: [] }, deT)).toBe(`als Sender: Standorte; als Receiver: ${deT('vocab.none')}`)
  })
})
