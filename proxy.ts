import { type NextRequest, NextResponse } from 'next/server'
import { NETWORK_COOKIE } from './lib/chain/selection'
import { connectSources } from './lib/security/connect-sources'
import { contentSecurityPolicy, isLogoPath, LOGO_POLICY, newNonce, securityHeaders, servedOverHttps } from './lib/security/headers'
import { hasMalformedSegment } from './lib/url-params'

/**
 * Runs for every request (no matcher: static assets, 404s and RSC requests get the headers too). The policy is
 * also set on the request, which is where Next reads the nonce it stamps on its own scripts. A path Next cannot
 * decode (`/parties/%`) would fail its dynamic route with a bare 500 before any page code runs: it is answered as
 * what it is, a page that does not exist.
 */
export function proxy(request: NextRequest) {
  const csp = isLogoPath(request.nextUrl.pathname)
    ? LOGO_POLICY
    : contentSecurityPolicy({
        nonce: newNonce(),
        connect: connectSources(request.cookies.get(NETWORK_COOKIE)?.value, process.env),
        development: process.env.NODE_ENV === 'development',
      })
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('content-security-policy', csp)
  const init = { request: { headers: requestHeaders } }
  const response = hasMalformedSegment(request.nextUrl.pathname)
    ? NextResponse.rewrite(new URL('/_not-found', request.url), { ...init, status: 404 })
    : NextResponse.next(init)
  const https = servedOverHttps(request.headers.get('x-forwarded-proto'), request.nextUrl.protocol)
  for (const [name, value] of Object.entries(securityHeaders(csp, https))) response.headers.set(name, value)
  return response
}
