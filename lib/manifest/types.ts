/**
 * The OCN service manifest: what a provider hosts about its service beyond the name, URL and permissions the chain
 * holds (issue 12). The schema that validates it is lib/manifest/schema.ts (zod), published as JSON Schema in
 * public/schemas/; these are the shapes every part of the app reads. Everything in a manifest is untrusted input
 * from whoever hosts it: rendered inert and bounded exactly like on-chain text.
 */

export const MANIFEST_VERSION = 1

/** Where a manifest lives when the on-chain URL does not point at a `.json` document itself. */
export const WELL_KNOWN_MANIFEST_PATH = '/.well-known/ocn-service.json'

/** Hard caps: the fetcher refuses a larger body, the schema a larger logo. */
export const MANIFEST_MAX_BYTES = 64 * 1024
export const LOGO_MAX_BYTES = 24 * 1024

export const CATEGORIES = ['billing', 'payment', 'data-enrichment', 'smart-charging', 'analytics', 'roaming', 'reporting', 'other'] as const
export type Category = (typeof CATEGORIES)[number]

export const PRICING_MODELS = ['free', 'subscription', 'per-session', 'per-kwh', 'on-request'] as const
export type PricingModel = (typeof PRICING_MODELS)[number]

/** The document a provider hosts (manifestVersion 1). Optional fields are absent, never empty strings. */
export type ServiceManifest = {
  manifestVersion: typeof MANIFEST_VERSION
  /** One line for a catalog card. */
  tagline: string
  /** Plain text (no markup); blank lines separate paragraphs. */
  description: string
  categories: Category[]
  pricing: { model: PricingModel; text?: string }
  /** https URLs (plain http only on the local network, where the schema is run with `allowHttp`). */
  termsUrl?: string
  privacyUrl?: string
  apiDocsUrl?: string
  /** At least one of email or url. */
  support: { email?: string; url?: string }
  /** ISO 3166-1 alpha-2, upper case. */
  countries: string[]
  /** OCPI versions such as "2.2.1". */
  ocpiVersions: string[]
  /** `data:image/png;base64,...` or `data:image/webp;base64,...`, at most LOGO_MAX_BYTES decoded; SVG refused. */
  logo?: string
}

/** The content hash a provider commits by appending `#sha256-<base64>` to its on-chain URL (SRI syntax). */
export type Integrity = { algorithm: 'sha256'; /** standard base64 with padding, 44 chars */ digest: string }

/** What the on-chain URL says about where the manifest is and what it must hash to. */
export type ManifestLocation = {
  /** The URL fetched: the on-chain URL itself (without fragment) when its path ends in `.json`, else origin + WELL_KNOWN_MANIFEST_PATH. */
  manifestUrl: string
  /** Null when the on-chain URL carries no (well-formed) integrity fragment. */
  integrity: Integrity | null
  /** A fragment that looks like an integrity commitment but does not parse: shown, never silently ignored. */
  malformedIntegrity: boolean
}

/**
 * The verification state shown everywhere (badge, card, service page, review dialog):
 * - verified: the hosted bytes hash to what the URL commits on chain;
 * - unverified: a valid manifest, but the URL commits no hash (the provider can change it without notice);
 * - changed: the URL commits a hash and the hosted bytes differ (the content is shown only as a warning);
 * - none: no manifest (404/410 at the location, or the URL is not http(s));
 * - invalid: something answered, but it is not a valid manifest (the reason says why);
 * - unreachable: the fetch failed or was refused by the guard (timeout, private address, redirect, too large...);
 * - pending: not fetched yet (the server is still checking; never cached as a result).
 */
export type ManifestState = 'verified' | 'unverified' | 'changed' | 'none' | 'invalid' | 'unreachable' | 'pending'

export const MANIFEST_STATES: readonly ManifestState[] = ['verified', 'unverified', 'changed', 'none', 'invalid', 'unreachable', 'pending']

/** Whether a state's manifest content may be shown as the provider's own words (changed: only as a warning). */
export function contentTrusted(state: ManifestState): boolean {
  return state === 'verified' || state === 'unverified'
}

/** The result of checking one on-chain URL: the server caches one per URL (fragment included) for a TTL. */
export type ManifestResult = {
  /** The on-chain URL this result is for, verbatim. */
  url: string
  state: ManifestState
  /** The URL that was (or would be) fetched; null when the on-chain URL is not http(s). */
  manifestUrl: string | null
  /** What the URL commits on chain (base64 sha256), or null. */
  committed: string | null
  /** base64 sha256 of the bytes fetched, when something was fetched. */
  actual: string | null
  /** The manifest, when it validated (for `changed`: what is hosted now, shown only as a warning). */
  manifest: ServiceManifest | null
  /** Plain-language reason for none / invalid / unreachable (and the schema's first errors for invalid). */
  reason: string | null
  /** base64url sha256 of the decoded logo bytes: the key of GET /api/manifests/logo/{logoHash}. */
  logoHash: string | null
  /** ms since epoch. */
  checkedAt: number
}

/** What a catalog card, the catalog's filters and the browser's index read: small, no logo bytes. */
export type ManifestSummary = {
  state: ManifestState
  /** Only when contentTrusted(state). */
  tagline: string | null
  categories: Category[]
  pricing: PricingModel | null
  pricingText: string | null
  logoHash: string | null
}

export const PENDING_SUMMARY: ManifestSummary = { state: 'pending', tagline: null, categories: [], pricing: null, pricingText: null, logoHash: null }

/** The logo route: served only from logos the server itself fetched and validated; never fetches anything. */
export function logoPath(logoHash: string): string {
  return `/api/manifests/logo/${logoHash}`
}
