import { enT } from '../i18n/testing'
import { getAddress, zeroAddress } from 'viem'
import { describe, expect, it } from 'vitest'
import { anvilAddress } from '../devnet/accounts'
import { checkNewOwner, confirmationMatches, newOwnerWarnings, REASON_MAX_LENGTH, reasonProblem, typedForm } from './desk-form'

const OWNER = anvilAddress(0)
const NEXT = anvilAddress(1)

describe('the typed confirmation of a removal', () => {
  it('accepts exactly what is removed, spaces around aside', () => {
    expect(confirmationMatches(' DE*MSP ', 'DE*MSP')).toBe(true)
    expect(confirmationMatches('http://localhost:8080', 'http://localhost:8080')).toBe(true)
  })

  it('refuses another spelling, case or a part of it', () => {
    expect(confirmationMatches('de*msp', 'DE*MSP')).toBe(false)
    expect(confirmationMatches('DE-MSP', 'DE*MSP')).toBe(false)
    expect(confirmationMatches('DE*MS', 'DE*MSP')).toBe(false)
    expect(confirmationMatches('http://localhost:8080/', 'http://localhost:8080')).toBe(false)
    expect(confirmationMatches('', 'DE*MSP')).toBe(false)
  })
})

describe('what is typed to remove a hostile listing', () => {
  it('spells out hidden characters, so what is seen can be typed', () => {
    const domain = 'http://evil\u202Eexample.com\u200B'
    expect(typedForm(domain)).toBe('http://evil⟨U+202E⟩example.com⟨U+200B⟩')
    expect(confirmationMatches('http://evilexample.com', typedForm(domain))).toBe(false)
    expect(confirmationMatches('http://evil⟨U+202E⟩example.com⟨U+200B⟩', typedForm(domain))).toBe(true)
    expect(typedForm('DE*MSP')).toBe('DE*MSP')
  })
})

describe('the reason', () => {
  it('is required and bounded', () => {
    expect(reasonProblem('   ', enT)).toMatch(/Give a reason/)
    expect(reasonProblem('x'.repeat(REASON_MAX_LENGTH + 1), enT)).toContain(`${REASON_MAX_LENGTH} characters`)
    expect(reasonProblem(` ${'x'.repeat(REASON_MAX_LENGTH)} `, enT)).toBeNull()
    expect(reasonProblem('Key lost, ticket #42', enT)).toBeNull()
  })
})

describe('the new owner, typed twice', () => {
  it('gives the checksummed address when both entries name it, in any case', () => {
    expect(checkNewOwner(NEXT.toLowerCase(), ` ${NEXT} `, OWNER, enT)).toEqual({ ok: true, address: NEXT })
    expect(checkNewOwner(`0x${NEXT.slice(2).toUpperCase()}`, NEXT.toLowerCase(), OWNER, enT)).toEqual({ ok: true, address: NEXT })
  })

  it('says which entry is wrong and why', () => {
    expect(checkNewOwner('', '', OWNER, enT)).toMatchObject({ ok: false, field: 'first', message: expect.stringContaining('Enter') })
    expect(checkNewOwner('0x1234', '0x1234', OWNER, enT)).toMatchObject({ ok: false, field: 'first', message: expect.stringContaining('not an address') })
    // One letter's case flipped: the checksum no longer matches.
    const flipped = NEXT.replace(/[a-f]/, (c) => c.toUpperCase())
    expect(flipped).not.toBe(NEXT)
    expect(checkNewOwner(flipped, flipped, OWNER, enT)).toMatchObject({ ok: false, field: 'first', message: expect.stringContaining('checksum') })
    expect(checkNewOwner(zeroAddress, zeroAddress, OWNER, enT)).toMatchObject({ ok: false, field: 'first', message: expect.stringContaining('zero address') })
    expect(checkNewOwner(OWNER.toLowerCase(), OWNER, OWNER, enT)).toMatchObject({ ok: false, field: 'first', message: expect.stringContaining('already owns') })
    expect(checkNewOwner(NEXT, '', OWNER, enT)).toMatchObject({ ok: false, field: 'second', message: expect.stringContaining('again') })
    expect(checkNewOwner(NEXT, anvilAddress(2), OWNER, enT)).toMatchObject({ ok: false, field: 'second', message: expect.stringContaining('differ') })
    expect(checkNewOwner(NEXT, 'nonsense', OWNER, enT)).toMatchObject({ ok: false, field: 'second', message: expect.stringContaining('differ') })
    expect(getAddress(NEXT)).toBe(NEXT)
  })
})

describe('warnings about the new owner', () => {
  it('flags a contract, and an address with no history and no funds', () => {
    expect(newOwnerWarnings({ hasCode: true, transactions: 0, balance: 0n }, enT)).toEqual([expect.stringContaining('contract')])
    expect(newOwnerWarnings({ hasCode: false, transactions: 0, balance: 0n }, enT)).toEqual([expect.stringContaining('never sent a transaction')])
  })

  it('says nothing of an account in use', () => {
    expect(newOwnerWarnings({ hasCode: false, transactions: 3, balance: 0n }, enT)).toEqual([])
    expect(newOwnerWarnings({ hasCode: false, transactions: 0, balance: 1n }, enT)).toEqual([])
  })
})
