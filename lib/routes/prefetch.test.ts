import { describe, expect, it } from 'vitest'
import { prefetchFor } from './prefetch'

describe('prefetchFor', () => {
  it('turns prefetch off for every page that reads the chain on the server', () => {
    for (const href of ['/', '/services', '/services?q=billing', '/services/0x5FbDB2315678afecb367f032d93F642f64180aa3', '/registry', '/parties/DE-MSP']) {
      expect(prefetchFor(href), href).toBe(false)
    }
  })

  it('keeps the default for pages whose server render reads nothing from the chain', () => {
    for (const href of ['/agreements', '/identity', '/provider', '/provider/', '/identity?step=node', '/relay']) expect(prefetchFor(href), href).toBeNull()
  })

  it('turns prefetch off for a page it does not know, so a new chain-reading page is safe by default', () => {
    expect(prefetchFor('/history')).toBe(false)
    expect(prefetchFor('/agreements/0x5FbDB2315678afecb367f032d93F642f64180aa3')).toBe(false)
  })
})

describe('prefetchFor on unusual spellings', () => {
  it('reads the path as the URL parser would', () => {
    for (const href of ['/provider#top', '/provider//', '/x/../provider', '/./identity', 'agreements', 'http://app.invalid/identity?x=1']) {
      expect(prefetchFor(href), href).toBeNull()
    }
    for (const href of ['//provider', '/provider/../services', '/services#/provider', '/services?next=/provider', '/provider\\..\\services', '/provider/%2e%2e/services']) {
      expect(prefetchFor(href), href).toBe(false)
    }
  })
})
