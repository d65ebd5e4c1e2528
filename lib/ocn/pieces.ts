import { type Address, getAddress, isAddress } from 'viem'
import { createCatalogIndex } from '../catalog/index'
import { type CatalogPage, type CatalogQuery, flagsFor } from '../catalog/query'
import { piece, type Snapshot } from '../reads/snapshot-cache'
import { parseCredentials } from './codecs'
import type { LookalikeReport } from './lookalikes'
import type { PartyPageData, RegistryPageData, ServicePageData } from './page-reads'
import {
  type AgreementPair,
  type NetworkSummary,
  type Party,
  readAgreementPairs,
  readNodes,
  readPartiesOf,
  readPartyAddresses,
  readServices,
  type Service,
} from './reads'

/**
 * What the server caches per chain head (lib/reads/snapshot-cache.ts), and every server page derived from it. A
 * page's own input (a provider or party in its URL) only picks from these pieces: it never creates an entry.
 */

const partyAddresses = piece('party-addresses', ({ ctx }) => readPartyAddresses(ctx))

export const partiesPiece = piece('parties', async ({ ctx, get }) => readPartiesOf(ctx, await get(partyAddresses)))

export const nodesPiece = piece('nodes', ({ ctx }) => readNodes(ctx))

export const servicesPiece = piece('services', ({ ctx }) => readServices(ctx))

export type AgreementGraph = {
  /** Each user's active agreements, in the order of its own on-chain list. */
  byUser: ReadonlyMap<Address, readonly Address[]>
  byProvider: ReadonlyMap<Address, ReadonlySet<Address>>
}

export function agreementGraph(pairs: readonly AgreementPair[]): AgreementGraph {
  const byUser = new Map<Address, Address[]>()
  const byProvider = new Map<Address, Set<Address>>()
  for (const [user, provider] of pairs) {
    byUser.set(user, [...(byUser.get(user) ?? []), provider])
    byProvider.set(provider, (byProvider.get(provider) ?? new Set()).add(user))
  }
  return { byUser, byProvider }
}

/**
 * Who agreed to whom, over every address the party list ever held (an agreement needs a listing, and the list
 * forgets nobody): the service page no longer checks every party on every view.
 */
export const agreementsPiece = piece('agreements', async ({ ctx, get }) => agreementGraph(await readAgreementPairs(ctx, await get(partyAddresses))))

/** One pass over the whole catalog, once per snapshot rather than once per view. */
export const lookalikesPiece = piece('lookalikes', async ({ get }): Promise<LookalikeReport> => {
  const [services, { findLookalikes }] = await Promise.all([get(servicesPiece), import('./lookalikes')])
  return findLookalikes(services)
})

const servicesByProvider = piece('services-by-provider', async ({ get }) => new Map((await get(servicesPiece)).map((s) => [s.provider, s])))

const partiesByAddress = piece('parties-by-address', async ({ get }) => new Map((await get(partiesPiece)).map((p) => [p.address, p])))

type Pieces = Pick<Snapshot, 'get'>

export type CatalogPageData = { services: Service[]; lookalikes: LookalikeReport }

export async function catalogView(s: Pieces): Promise<CatalogPageData> {
  const [services, lookalikes] = await Promise.all([s.get(servicesPiece), s.get(lookalikesPiece)])
  return { services, lookalikes }
}

/**
 * The catalog's sorted orders, facets and recently asked filters, built once per snapshot rather than per view
 * (sorting 1,000 names with a collator on every request was the catalog page's largest cost of its own).
 */
export const catalogIndexPiece = piece('catalog-index', async ({ get }) => createCatalogIndex(await get(servicesPiece)))

/** One page of the catalog as the server sends it: the page's cards and the lookalike flags of those cards only. */
export type CatalogPageView = CatalogPage & { lookalikes: LookalikeReport }

export async function catalogPageView(s: Pieces, query: CatalogQuery): Promise<CatalogPageView> {
  const [index, lookalikes] = await Promise.all([s.get(catalogIndexPiece), s.get(lookalikesPiece)])
  const page = index.page(query)
  return { ...page, lookalikes: flagsFor(lookalikes, page.items) }
}

export async function registryView(s: Pieces): Promise<RegistryPageData> {
  const [parties, nodes, services] = await Promise.all([s.get(partiesPiece), s.get(nodesPiece), s.get(servicesPiece)])
  return { parties, nodes, providers: services.map((service) => service.provider) }
}

/** Agreeing parties that deleted their listing are left out, as readAgreeingParties does: their node no longer serves them. */
export async function servicePageView(s: Pieces, provider: Address): Promise<ServicePageData | null> {
  const [byProvider, parties, graph, lookalikes] = await Promise.all([
    s.get(servicesByProvider),
    s.get(partiesPiece),
    s.get(agreementsPiece),
    s.get(lookalikesPiece),
  ])
  const service = byProvider.get(provider)
  if (!service) return null
  const users = graph.byProvider.get(provider)
  return { service, agreeing: users ? parties.filter((p) => users.has(p.address)) : [], lookalikes: lookalikes[provider] ?? [] }
}

/** A party by its OCN identity (0x…) or its OCPI credentials (DE-MSP, DE*MSP), among the live parties. */
function findParty(parties: readonly Party[], byAddress: ReadonlyMap<Address, Party>, id: string): Party | null {
  if (isAddress(id, { strict: false })) return byAddress.get(getAddress(id)) ?? null
  const credentials = parseCredentials(id)
  if (!credentials) return null
  return parties.find((p) => p.countryCode === credentials.countryCode && p.partyId === credentials.partyId) ?? null
}

export async function partyPageView(s: Pieces, id: string): Promise<PartyPageData | null> {
  const [parties, byAddress, services, graph] = await Promise.all([s.get(partiesPiece), s.get(partiesByAddress), s.get(servicesByProvider), s.get(agreementsPiece)])
  const party = findParty(parties, byAddress, id)
  if (!party) return null
  const agreements = (graph.byUser.get(party.address) ?? []).map((provider) => ({ provider, service: services.get(provider) ?? null }))
  return { party, service: services.get(party.address) ?? null, agreements }
}

/** The overview's figures; agreements count only those with a live service, as readSummary does. */
export async function summaryView(s: Pieces): Promise<NetworkSummary> {
  const [nodes, parties, services, graph] = await Promise.all([s.get(nodesPiece), s.get(partiesPiece), s.get(servicesByProvider), s.get(agreementsPiece)])
  let agreements = 0
  for (const [provider, users] of graph.byProvider) if (services.has(provider)) agreements += users.size
  return { nodes: nodes.length, parties: parties.length, services: services.size, agreements }
}
