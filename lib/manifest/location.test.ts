import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { manifestLocation } from './location'

const DIGEST = createHash('sha256').update('x').digest('base64')

describe('manifestLocation', () => {
  it('fetches a .json URL itself, query kept, fragment dropped, any case', () => {
    expect(manifestLocation('https://billing.example.com/ocn/manifest.json')).toEqual({ manifestUrl: 'https://billing.example.com/ocn/manifest.json', integrity: null, malformedIntegrity: false })
    expect(manifestLocation('https://billing.example.com/m.json?v=3#about')?.manifestUrl).toBe('https://billing.example.com/m.json?v=3')
    expect(manifestLocation('https://billing.example.com/OCN-SERVICE.JSON')?.manifestUrl).toBe('https://billing.example.com/OCN-SERVICE.JSON')
  })

  it('otherwise looks at /.well-known/ocn-service.json at the origin (port kept, path and query dropped)', () => {
    expect(manifestLocation('https://billing.example.com/')?.manifestUrl).toBe('https://billing.example.com/.well-known/ocn-service.json')
    expect(manifestLocation('https://billing.example.com:8443/api/v1?x=a.json')?.manifestUrl).toBe('https://billing.example.com:8443/.well-known/ocn-service.json')
    expect(manifestLocation('https://billing.example.com/manifest.json/')?.manifestUrl).toBe('https://billing.example.com/.well-known/ocn-service.json')
    expect(manifestLocation('http://localhost:3000/demo/tariffs')?.manifestUrl).toBe('http://localhost:3000/.well-known/ocn-service.json')
  })

  it('uses the punycode form of an international host', () => {
    expect(manifestLocation('https://bücher.example/ocn.json')?.manifestUrl).toBe('https://xn--bcher-kva.example/ocn.json')
    expect(manifestLocation('https://ÄRGER.example')?.manifestUrl).toBe('https://xn--rger-koa.example/.well-known/ocn-service.json')
  })

  it('reads the integrity fragment and flags a malformed one', () => {
    expect(manifestLocation(`https://x.example/m.json#sha256-${DIGEST}`)?.integrity).toEqual({ algorithm: 'sha256', digest: DIGEST })
    expect(manifestLocation(`https://x.example#sha256-${DIGEST}`)).toEqual({ manifestUrl: 'https://x.example/.well-known/ocn-service.json', integrity: { algorithm: 'sha256', digest: DIGEST }, malformedIntegrity: false })
    expect(manifestLocation('https://x.example/m.json#sha256-short')).toMatchObject({ integrity: null, malformedIntegrity: true })
    expect(manifestLocation(`https://x.example/m.json#sha512-${DIGEST}`)).toMatchObject({ integrity: null, malformedIntegrity: true })
    expect(manifestLocation(`https://x.example/m.json#sha256-${DIGEST}#sha256-${DIGEST}`)).toMatchObject({ integrity: null, malformedIntegrity: true })
    expect(manifestLocation('https://x.example/m.json#pricing')).toMatchObject({ integrity: null, malformedIntegrity: false })
    expect(manifestLocation('https://x.example/m.json#')).toMatchObject({ integrity: null, malformedIntegrity: false })
  })

  it('drops credentials so they are never sent', () => {
    expect(manifestLocation('https://user:secret@x.example/m.json')?.manifestUrl).toBe('https://x.example/m.json')
  })

  it('is null for other schemes and for what does not parse', () => {
    for (const url of ['ftp://x.example/m.json', 'javascript:alert(1)//x.json', 'data:application/json,{}', 'mailto:a@x.example', 'x.example/m.json', '', 'https://', 'not a url', 'file:///etc/m.json']) {
      expect(manifestLocation(url), url).toBeNull()
    }
  })
})
