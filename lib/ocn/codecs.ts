import { type Hex, hexToString, stringToHex } from 'viem'

/** OCPI credentials: country_code is ISO 3166-1 alpha-2, party_id is 3 upper-case alphanumerics. */
export const COUNTRY_CODE_PATTERN = /^[A-Z]{2}$/
export const PARTY_ID_PATTERN = /^[A-Z0-9]{3}$/

export type Credentials = { countryCode: string; partyId: string }

export class CredentialsError extends Error {}

export function validateCountryCode(text: string): string | null {
  if (text.length !== 2) return 'Country code must be exactly 2 letters (for example DE).'
  if (!COUNTRY_CODE_PATTERN.test(text)) return 'Country code must be 2 upper-case letters A-Z (for example DE).'
  return null
}

export function validatePartyId(text: string): string | null {
  if (text.length !== 3) return 'Party ID must be exactly 3 characters (for example MSP).'
  if (!PARTY_ID_PATTERN.test(text)) return 'Party ID must be 3 upper-case letters or digits (for example MSP).'
  return null
}

export function encodeCountryCode(text: string): Hex {
  const problem = validateCountryCode(text)
  if (problem) throw new CredentialsError(problem)
  return stringToHex(text, { size: 2 })
}

export function encodePartyId(text: string): Hex {
  const problem = validatePartyId(text)
  if (problem) throw new CredentialsError(problem)
  return stringToHex(text, { size: 3 })
}

/**
 * Decodes a fixed-size bytes value from the chain. The chain does not validate credentials, so anything
 * that is not printable ASCII is shown as hex rather than as look-alike text.
 */
export function decodeFixedText(value: Hex): string {
  if (/^0x(00)*$/.test(value)) return ''
  const text = hexToString(value).replace(/\0+$/, '')
  return /^[\x20-\x7e]*$/.test(text) ? text : value
}

/** `DE*MSP`, the usual way OCPI parties are written; empty when the address holds no listing. */
export function formatCredentials({ countryCode, partyId }: Credentials): string {
  return countryCode || partyId ? `${countryCode}*${partyId}` : ''
}

/** Accepts `DE*MSP`, `DE-MSP`, `DE MSP` or `DEMSP` in any case. */
export function parseCredentials(text: string): Credentials | null {
  const match = /^\s*([a-zA-Z]{2})\s*[*\-\s]?\s*([a-zA-Z0-9]{3})\s*$/.exec(text)
  if (!match) return null
  return { countryCode: match[1].toUpperCase(), partyId: match[2].toUpperCase() }
}
