import type { Address } from 'viem'
import type { LookalikeReport } from '../ocn/lookalikes'
import { applyCatalogQuery, type CatalogParty, type CatalogService, EMPTY_QUERY } from './query'

/**
 * The catalog's compact client index: every live service with only what search, filters, sort and a card read,
 * plus the lookalike flags the server found over the whole catalog (the confusables data stays on the server).
 * One JSON document per snapshot; tuples instead of objects keep it small before gzip and quick to parse.
 */

export const CATALOG_INDEX_FORMAT = 1

/** A permission as the chain holds it (uint): a number while it is exact, else its decimal string. */
type EncodedPermission = number | string
/** [countryCode, partyId, roles, nodeDomain]; the party's address is the provider's. */
type EncodedParty = [string, string, number[], string]
/** [provider, name, url, permissions, party or 0 when the provider's listing was deleted]. */
type EncodedService = [Address, string, string, EncodedPermission[], EncodedParty | 0]

export type CatalogIndexDocument = {
  format: typeof CATALOG_INDEX_FORMAT
  /** Names the snapshot's catalog: a page and an index of the same version show the same services. */
  version: string
  /** In name order, the catalog's default sort, so sorting the browser's results is a pass over sorted input. */
  services: EncodedService[]
  flags: LookalikeReport
}

export type CatalogIndex = { version: string; services: CatalogService[]; lookalikes: LookalikeReport }

function encodePermission(value: bigint): EncodedPermission {
  return value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value.toString()
}

function encodeService({ provider, name, url, permissions, party }: CatalogService): EncodedService {
  return [provider, name, url, permissions.map(encodePermission), party ? [party.countryCode, party.partyId, party.roles, party.nodeDomain] : 0]
}

export function buildCatalogIndex(services: readonly CatalogService[], lookalikes: LookalikeReport, version: string): CatalogIndexDocument {
  return {
    format: CATALOG_INDEX_FORMAT,
    version,
    services: applyCatalogQuery(services, EMPTY_QUERY).map(encodeService),
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

function decodeService(value: unknown): CatalogService {
  if (!Array.isArray(value) || value.length !== 5) throw new CatalogIndexError('a service entry is malformed')
  const [provider, name, url, permissions, party] = value as unknown[]
  if (!isString(provider) || !/^0x[0-9a-fA-F]{40}$/.test(provider) || !isString(name) || !isString(url) || !Array.isArray(permissions)) {
    throw new CatalogIndexError('a service entry is malformed')
  }
  return { provider: provider as Address, name, url, permissions: permissions.map(decodePermission), party: decodeParty(provider as Address, party) }
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
