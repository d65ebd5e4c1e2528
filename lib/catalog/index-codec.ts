import type { Address } from 'viem'
import { CATEGORIES, type Category, contentTrusted, MANIFEST_STATES, type ManifestState, type ManifestSummary, PRICING_MODELS, type PricingModel } from '../manifest/types'
import type { LookalikeReport } from '../ocn/lookalikes'
import { applyCatalogQuery, type CatalogManifests, type CatalogParty, type CatalogService, EMPTY_QUERY } from './query'

/**
 * The catalog's compact client index: every live service with only what search, filters, sort and a card read,
 * plus the lookalike flags the server found over the whole catalog (the confusables data stays on the server).
 * One JSON document per snapshot; tuples instead of objects keep it small before gzip and quick to parse.
 */

export const CATALOG_INDEX_FORMAT = 2

/** A permission as the chain holds it (uint): a number while it is exact, else its decimal string. */
type EncodedPermission = number | string
/** [countryCode, partyId, roles, nodeDomain]; the party's address is the provider's. */
type EncodedParty = [string, string, number[], string]
/**
 * The provider's manifest as a card shows it: the bare state where there is no content to show (pending, none,
 * changed, invalid, unreachable), else [state, tagline, categories, pricing model, pricing text, logo hash], 0 for
 * an absent value. The logo's bytes stay on the server (GET /api/manifests/logo/{hash}).
 */
type EncodedSummary = ManifestState | [ManifestState, string | 0, Category[], PricingModel | 0, string | 0, string | 0]
/** [provider, name, url, permissions, party or 0 when the provider's listing was deleted, manifest summary]. */
type EncodedService = [Address, string, string, EncodedPermission[], EncodedParty | 0, EncodedSummary]

export type CatalogIndexDocument = {
  format: typeof CATALOG_INDEX_FORMAT
  /**
   * Names the snapshot's catalog and the manifests' epoch: a page and an index of the same version show the same
   * services with the same manifest summaries.
   */
  version: string
  /** In name order, the catalog's default sort, so sorting the browser's results is a pass over sorted input. */
  services: EncodedService[]
  flags: LookalikeReport
}

export type CatalogIndex = { version: string; services: CatalogService[]; lookalikes: LookalikeReport }

function encodePermission(value: bigint): EncodedPermission {
  return value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value.toString()
}

function encodeSummary(summary: ManifestSummary): EncodedSummary {
  if (!contentTrusted(summary.state)) return summary.state
  const { state, tagline, categories, pricing, pricingText, logoHash } = summary
  return [state, tagline ?? 0, categories, pricing ?? 0, pricingText ?? 0, logoHash ?? 0]
}

function encodeService(service: CatalogService, summary: ManifestSummary): EncodedService {
  const { provider, name, url, permissions, party } = service
  return [provider, name, url, permissions.map(encodePermission), party ? [party.countryCode, party.partyId, party.roles, party.nodeDomain] : 0, encodeSummary(summary)]
}

export function buildCatalogIndex(services: readonly CatalogService[], lookalikes: LookalikeReport, version: string, manifests: CatalogManifests): CatalogIndexDocument {
  return {
    format: CATALOG_INDEX_FORMAT,
    version,
    services: applyCatalogQuery(services, EMPTY_QUERY).map((service) => encodeService(service, manifests.summaryOf(service))),
    flags: lookalikes,
  }
}

export class CatalogIndexError extends Error {
  override name = 'CatalogIndexError'
}

const isString = (value: unknown): value is string => typeof value === 'string'
const isNumbers = (value: unknown): value is number[] => Array.isArray(value) && value.every((n) => Number.isInteger(n))

function decodeParty(provider: Address, value: unknown): CatalogParty | null {
  if (value === 0) return null
  if (!Array.isArray(value) || value.length !== 4) throw new CatalogIndexError('a party entry is malformed')
  const [countryCode, partyId, roles, nodeDomain] = value as unknown[]
  if (!isString(countryCode) || !isString(partyId) || !isNumbers(roles) || !isString(nodeDomain)) throw new CatalogIndexError('a party entry is malformed')
  return { address: provider, countryCode, partyId, roles, nodeDomain }
}

function decodePermission(value: unknown): bigint {
  if ((typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) || (isString(value) && /^\d+$/.test(value))) return BigInt(value)
  throw new CatalogIndexError('a permission is malformed')
}

/**
 * The manifest schema's bounds (MANIFEST_BOUNDS; not imported: the schema brings zod, which the browser's index
 * has no use for): a summary past them did not come from a manifest the server validated.
 */
export const SUMMARY_BOUNDS = { tagline: 120, pricingText: 200 } as const
const LOGO_HASH = /^[A-Za-z0-9_-]{43}$/

const isKnown = <T extends string>(known: readonly T[], value: unknown): value is T => (known as readonly unknown[]).includes(value)
const orNull = <T>(value: T | 0): T | null => (value === 0 ? null : value)
const boundedOrAbsent = (value: unknown, max: number) => value === 0 || (isString(value) && value.length > 0 && value.length <= max)

function decodeSummary(value: unknown): ManifestSummary {
  const malformed = () => new CatalogIndexError('a manifest summary is malformed')
  if (isKnown(MANIFEST_STATES, value)) {
    if (contentTrusted(value)) throw malformed()
    return { state: value, tagline: null, categories: [], pricing: null, pricingText: null, logoHash: null }
  }
  if (!Array.isArray(value) || value.length !== 6) throw malformed()
  const [state, tagline, categories, pricing, pricingText, logoHash] = value as unknown[]
  if (!isKnown(MANIFEST_STATES, state) || !contentTrusted(state)) throw malformed()
  if (!boundedOrAbsent(tagline, SUMMARY_BOUNDS.tagline) || !boundedOrAbsent(pricingText, SUMMARY_BOUNDS.pricingText)) throw malformed()
  if (!Array.isArray(categories) || categories.length > CATEGORIES.length || !categories.every((c) => isKnown(CATEGORIES, c))) throw malformed()
  if (pricing !== 0 && !isKnown(PRICING_MODELS, pricing)) throw malformed()
  if (logoHash !== 0 && !(isString(logoHash) && LOGO_HASH.test(logoHash))) throw malformed()
  return {
    state,
    tagline: orNull(tagline as string | 0),
    categories: [...new Set(categories as Category[])],
    pricing: orNull(pricing),
    pricingText: orNull(pricingText as string | 0),
    logoHash: orNull(logoHash as string | 0),
  }
}

function decodeService(value: unknown): CatalogService {
  if (!Array.isArray(value) || value.length !== 6) throw new CatalogIndexError('a service entry is malformed')
  const [provider, name, url, permissions, party, summary] = value as unknown[]
  if (!isString(provider) || !/^0x[0-9a-fA-F]{40}$/.test(provider) || !isString(name) || !isString(url) || !Array.isArray(permissions)) {
    throw new CatalogIndexError('a service entry is malformed')
  }
  return {
    provider: provider as Address,
    name,
    url,
    permissions: permissions.map(decodePermission),
    party: decodeParty(provider as Address, party),
    manifest: decodeSummary(summary),
  }
}

/** The index as the route handler sent it; anything else (an error page, another format) is refused, never half-used. */
export function decodeCatalogIndex(document: unknown): CatalogIndex {
  const doc = document as Partial<CatalogIndexDocument> | null
  if (!doc || typeof doc !== 'object' || doc.format !== CATALOG_INDEX_FORMAT) throw new CatalogIndexError('the catalog index has an unknown format')
  if (!isString(doc.version) || !Array.isArray(doc.services) || !doc.flags || typeof doc.flags !== 'object') {
    throw new CatalogIndexError('the catalog index is incomplete')
  }
  return { version: doc.version, services: doc.services.map(decodeService), lookalikes: doc.flags }
}
