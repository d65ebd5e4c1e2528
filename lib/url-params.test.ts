import { describe, expect, it } from 'vitest'
import { decodeSegment, hasMalformedSegment } from './url-params'

describe('route segments', () => {
  it('decodes percent-encoding, and calls a malformed one no page', () => {
    expect(decodeSegment('DE%2AMSP')).toBe('DE*MSP')
    expect(decodeSegment('0xabc')).toBe('0xabc')
    expect(decodeSegment('%')).toBeNull()
    expect(decodeSegment('%E0%A4%A')).toBeNull()
  })

  it('finds paths Next could not route', () => {
    expect(hasMalformedSegment('/parties/%')).toBe(true)
    expect(hasMalformedSegment('/services/%E0%A4%A')).toBe(true)
    expect(hasMalformedSegment('/parties/DE%2AMSP')).toBe(false)
    expect(hasMalformedSegment('/')).toBe(false)
  })
})
