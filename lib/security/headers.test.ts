import { describe, expect, it } from 'vitest'
import { logoPath } from '../manifest/types'
import { contentSecurityPolicy, isLogoPath, LOGO_POLICY, newNonce, securityHeaders, servedOverHttps } from './headers'

function directives(csp: string): Map<string, string[]> {
  return new Map(csp.split('; ').map((d) => d.split(' ')).map(([name, ...values]) => [name, values]))
}

const CONNECT = ["'self'", 'http://127.0.0.1:8546', 'https://volta-rpc.energyweb.org']

describe('newNonce', () => {
  it('is 128 random bits in base64, different every time', () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce))
    expect(nonces.size).toBe(100)
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/)
  })
})

describe('contentSecurityPolicy', () => {
  it('in production runs only scripts with the nonce, and never eval or inline scripts', () => {
    const policy = directives(contentSecurityPolicy({ nonce: 'abc', connect: CONNECT, development: false }))
    expect(policy.get('script-src')).toEqual(["'self'", "'nonce-abc'", "'strict-dynamic'"])
    expect(policy.get('connect-src')).toEqual(CONNECT)
    expect(policy.get('frame-ancestors')).toEqual(["'none'"])
    expect(policy.get('object-src')).toEqual(["'none'"])
    expect(policy.get('base-uri')).toEqual(["'self'"])
    expect(policy.get('form-action')).toEqual(["'self'"])
    expect(policy.get('default-src')).toEqual(["'self'"])
    expect([...policy.values()].flat()).not.toContain("'unsafe-eval'")
  })

  it('relaxes only what `next dev` needs: eval and the HMR websocket', () => {
    const production = directives(contentSecurityPolicy({ nonce: 'abc', connect: CONNECT, development: false }))
    const development = directives(contentSecurityPolicy({ nonce: 'abc', connect: CONNECT, development: true }))
    expect(development.get('script-src')).toEqual([...production.get('script-src')!, "'unsafe-eval'"])
    expect(development.get('connect-src')).toEqual([...CONNECT, 'ws:'])
    for (const name of ['default-src', 'frame-ancestors', 'object-src', 'style-src']) expect(development.get(name)).toEqual(production.get(name))
  })
})

describe('securityHeaders', () => {
  it('forbids framing, sniffing and powerful features, and sends HSTS only over https', () => {
    const http = securityHeaders('policy', false)
    expect(http).toMatchObject({ 'Content-Security-Policy': 'policy', 'X-Frame-Options': 'DENY', 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' })
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) expect(http['Permissions-Policy']).toContain(`${feature}=()`)
    expect(http).not.toHaveProperty('Strict-Transport-Security')
    expect(securityHeaders('policy', true)['Strict-Transport-Security']).toMatch(/^max-age=\d{8,}/)
  })

  it('knows https from the proxy in front or from the URL', () => {
    expect(servedOverHttps('https', 'http:')).toBe(true)
    expect(servedOverHttps('https, http', 'http:')).toBe(true)
    expect(servedOverHttps('http, https', 'http:')).toBe(false)
    expect(servedOverHttps(null, 'https:')).toBe(true)
    expect(servedOverHttps(null, 'http:')).toBe(false)
  })
})

describe('isLogoPath', () => {
  it('picks out the logo route, whose policy lets nothing load or run', () => {
    expect(isLogoPath(logoPath('abc'))).toBe(true)
    expect(isLogoPath('/api/manifests/check')).toBe(false)
    expect(isLogoPath('/services')).toBe(false)
    expect(LOGO_POLICY).toBe("default-src 'none'; sandbox")
  })
})
