import { type NextRequest, NextResponse } from 'next/server'
import { hasMalformedSegment } from './lib/url-params'

/**
 * A path Next cannot decode (`/parties/%`) would fail its dynamic route with a bare 500 before any page code
 * runs: it is answered as what it is, a page that does not exist.
 */
export function proxy(request: NextRequest) {
  if (hasMalformedSegment(request.nextUrl.pathname)) return NextResponse.rewrite(new URL('/_not-found', request.url), { status: 404 })
  return NextResponse.next()
}
