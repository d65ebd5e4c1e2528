import { describe, expect, it } from 'vitest'
import { DEFAULT_FORWARD_REQUEST, methodsFor, parseForwardRequest, withForwardRequest } from './request-params'

describe('the preview request in the URL', () => {
  it('reads a linked request and writes it back, keeping the other parameters', () => {
    const params = new URLSearchParams('page=2&fwd=cdrs&fwd-if=receiver&fwd-method=post')
    const request = parseForwardRequest(params)
    expect(request).toEqual({ module: 'cdrs', iface: 'receiver', method: 'POST' })
    expect(withForwardRequest(params, { ...request, method: 'GET' })).toBe('page=2&fwd=cdrs&fwd-if=receiver&fwd-method=GET')
  })

  it('falls back value by value: the default with nothing given, the endpoint\'s first method for one it lacks', () => {
    expect(parseForwardRequest(new URLSearchParams())).toEqual(DEFAULT_FORWARD_REQUEST)
    expect(parseForwardRequest(new URLSearchParams('fwd=nonsense&fwd-if=up'))).toEqual(DEFAULT_FORWARD_REQUEST)
    expect(parseForwardRequest(new URLSearchParams('fwd=cdrs&fwd-if=sender&fwd-method=DELETE'))).toEqual({ module: 'cdrs', iface: 'sender', method: 'GET' })
  })

  it('offers the node\'s methods for standard modules and any method for the ones never forwarded', () => {
    expect(methodsFor('tariffs', 'receiver')).toEqual(['GET', 'PUT', 'DELETE'])
    expect(methodsFor('custom', 'sender')).toHaveLength(5)
    expect(parseForwardRequest(new URLSearchParams('fwd=custom&fwd-if=sender&fwd-method=PATCH'))).toEqual({ module: 'custom', iface: 'sender', method: 'PATCH' })
  })
})
