import { enT } from '../i18n/testing'
import { describe, expect, it } from 'vitest'
import { SIGNED_REQUEST_MAX_BYTES } from '../signing/types'
import { requestFileProblem } from './request-file'

describe('requestFileProblem', () => {
  it('reads a file within the bound', () => {
    expect(requestFileProblem({ name: 'request.json', size: SIGNED_REQUEST_MAX_BYTES }, enT)).toBeNull()
  })

  it('refuses an empty file and one larger than a signed request can be, without reading it', () => {
    expect(requestFileProblem({ name: 'request.json', size: 0 }, enT)).toBe('request.json is empty: choose the .json file the signer sent you.')
    expect(requestFileProblem({ name: 'big.json', size: SIGNED_REQUEST_MAX_BYTES + 1 }, enT)).toBe(
      'big.json is 16,385 bytes; a signed request is at most 16,384 bytes. Choose the .json file the signer sent you.',
    )
  })
})
