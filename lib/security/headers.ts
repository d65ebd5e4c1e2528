/** The nonce Next stamps on its scripts: 128 random bits, fresh for every request. */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))))
}

export type PolicyInput = {
  nonce: string
  /** From connectSources: 'self' and the RPC origins the page may call. */
  connect: string[]
  /** `next dev` evaluates code (React's debug stacks) and talks to its HMR websocket. */
  development: boolean
}

/**
 * Only scripts carrying this response's nonce run, and whatever they load ('strict-dynamic'); nothing may frame
 * the page, post its forms elsewhere or rebase its URLs. Styles may stay inline: Next and React inject style
 * attributes, and a nonce in style-src would switch 'unsafe-inline' off.
 */
export function contentSecurityPolicy({ nonce, connect, development }: PolicyInput): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'"],
    ['connect-src', ...connect, ...(development ? ['ws:'] : [])],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ]
  return directives.map((parts) => parts.join(' ')).join('; ')
}

/**
 * Provider logos (app/api/manifests/logo/) are images with no page around them: opened directly, nothing in them
 * may load, run or reach anything, nonce or not.
 */
export const LOGO_PATH_PREFIX = '/api/manifests/logo/'
export const LOGO_POLICY = "default-src 'none'; sandbox"

export function isLogoPath(pathname: string): boolean {
  return pathname.startsWith(LOGO_PATH_PREFIX)
}

/** Powerful features the app never uses, so a script that slipped in cannot use them either. */
const DENIED_FEATURES = [
  'accelerometer',
  'autoplay',
  'bluetooth',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'serial',
  'usb',
  'xr-spatial-tracking',
]

/** HSTS is sent only over https: browsers ignore it on http, and a local http deployment must stay reachable. */
export function servedOverHttps(forwardedProto: string | null, protocol: string): boolean {
  // The first value is the hop nearest the visitor.
  return forwardedProto?.split(',')[0].trim().toLowerCase() === 'https' || protocol === 'https:'
}

export function securityHeaders(csp: string, https: boolean): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    // Service URLs and RPCs are third parties: they learn nothing about which page a party was on.
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': DENIED_FEATURES.map((feature) => `${feature}=()`).join(', '),
    ...(https ? { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains' } : {}),
  }
}
