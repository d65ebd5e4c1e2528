import { type Address, getAddress, isAddress } from 'viem'
import type { ReadContext } from './batch'
import type { Lookalike } from './lookalikes'
import { encodeCountryCode, encodePartyId, parseCredentials } from './codecs'
import {
  type Agreement,
  type Node,
  type Party,
  readAgreeingParties,
  readAgreements,
  readNodes,
  readOwner,
  readParties,
  readParty,
  readPartyAddressByOcpi,
  readService,
  readServices,
  type Service,
} from './reads'

/**
 * What each page reads, as one function per page: the server calls it for the operator's network, the
 * browser for a custom RPC, and both hand the result to the same view component.
 */

export type ServicePageData = { service: Service; agreeing: Party[]; lookalikes: Lookalike[] }

/**
 * The service with what the rest of the catalog says about it: lookalikes need every other service, and the whole
 * catalog is two requests whatever its size (lib/ocn/reads), so it is read rather than this service alone. The
 * confusables data is loaded on demand, so it stays out of the page's first JavaScript.
 */
export async function readServicePage(ctx: ReadContext, provider: Address): Promise<ServicePageData | null> {
  const [services, agreeing, { findLookalikes }] = await Promise.all([readServices(ctx), readAgreeingParties(ctx, provider), import('./lookalikes')])
  const service = services.find((s) => s.provider === provider)
  return service ? { service, agreeing, lookalikes: findLookalikes(services)[provider] ?? [] } : null
}

/** `owner`: the Registry's owner, who alone sees the owner's desk on the page. */
export type RegistryPageData = { parties: Party[]; nodes: Node[]; providers: Address[]; owner: Address }

export async function readRegistryPage(ctx: ReadContext): Promise<RegistryPageData> {
  const [parties, nodes, services, owner] = await Promise.all([readParties(ctx), readNodes(ctx), readServices(ctx), readOwner(ctx)])
  return { parties, nodes, providers: services.map((s) => s.provider), owner }
}

export type PartyPageData = { party: Party; service: Service | null; agreements: Agreement[] }

/** A party is addressed by its OCN identity (0x…) or its OCPI credentials (DE-MSP, DE*MSP). */
async function resolveParty(ctx: ReadContext, id: string): Promise<Address | null> {
  if (isAddress(id, { strict: false })) return getAddress(id)
  const credentials = parseCredentials(id)
  if (!credentials) return null
  return readPartyAddressByOcpi(ctx, encodeCountryCode(credentials.countryCode), encodePartyId(credentials.partyId))
}

export async function readPartyPage(ctx: ReadContext, id: string): Promise<PartyPageData | null> {
  const address = await resolveParty(ctx, id)
  if (!address) return null
  const [party, service, agreements] = await Promise.all([readParty(ctx, address), readService(ctx, address), readAgreements(ctx, address)])
  return party ? { party, service, agreements } : null
}
