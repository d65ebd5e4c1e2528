import { describe, expect, it } from 'vitest'
import {
  CredentialsError,
  decodeFixedText,
  encodeCountryCode,
  encodePartyId,
  formatCredentials,
  parseCredentials,
  validateCountryCode,
  validatePartyId,
} from './codecs'

describe('credentials codecs', () => {
  it('encodes country_code and party_id as bytes2 and bytes3', () => {
    expect(encodeCountryCode('DE')).toBe('0x4445')
    expect(encodePartyId('MSP')).toBe('0x4d5350')
    expect(encodePartyId('CO2')).toBe('0x434f32')
  })

  it('refuses malformed credentials with a readable reason', () => {
    expect(() => encodeCountryCode('de')).toThrow(CredentialsError)
    expect(() => encodeCountryCode('DEU')).toThrow('exactly 2 letters')
    expect(() => encodePartyId('MS')).toThrow('exactly 3 characters')
    expect(() => encodePartyId('M-P')).toThrow('upper-case letters or digits')
    expect(validateCountryCode('NL')).toBeNull()
    expect(validatePartyId('CPX')).toBeNull()
  })

  it('decodes what the chain returns, empty for zero values', () => {
    expect(decodeFixedText('0x4445')).toBe('DE')
    expect(decodeFixedText('0x4d5350')).toBe('MSP')
    expect(decodeFixedText('0x0000')).toBe('')
    expect(decodeFixedText('0x000000')).toBe('')
  })

  it('shows non-printable bytes from the chain as hex instead of text', () => {
    expect(decodeFixedText('0x0a0b')).toBe('0x0a0b')
    expect(decodeFixedText('0xe280')).toBe('0xe280')
  })

  it('formats and parses DE*MSP style credentials', () => {
    expect(formatCredentials({ countryCode: 'DE', partyId: 'MSP' })).toBe('DE*MSP')
    expect(formatCredentials({ countryCode: '', partyId: '' })).toBe('')
    expect(parseCredentials('de*msp')).toEqual({ countryCode: 'DE', partyId: 'MSP' })
    expect(parseCredentials('NL-CPX')).toEqual({ countryCode: 'NL', partyId: 'CPX' })
    expect(parseCredentials('CHCPA')).toEqual({ countryCode: 'CH', partyId: 'CPA' })
    expect(parseCredentials('D*MSP')).toBeNull()
    expect(parseCredentials('0x5FbDB2315678afecb367f032d93F642f64180aa3')).toBeNull()
  })
})
