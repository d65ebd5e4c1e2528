import { describe, expect, it } from 'vitest'
import { decodeSegment } from './url-params'

describe('route segments', () => {
  it('decodes percent-encoding, and calls a malformed one no page', () => {
    expect(decodeSegment('DE%2AMSP')).toBe('DE*MSP')
    expect(decodeSegment('0xabc')).toBe('0xabc')
    expect(decodeSegment('%')).toBeNull()
    expect(decodeSegment('%E0%A4%A')).toBeNull()
  })
})
