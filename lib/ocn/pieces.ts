import { createHash } from 'node:crypto'
import { type Address, getAddress, isAddress } from 'viem'
import { buildCatalogIndex } from '../catalog/index-codec'
import { createCatalogOrders } from '../catalog/orders'
import { catalogIndexVersion } from '../catalog/version'
import { type CatalogManifests, type CatalogPage, type CatalogService, type CatalogQuery, flagsFor } from '../catalog/query'
import type { ManifestSummary } from '../manifest/types'
import { piece, type Snapshot } from '../reads/snapshot-cache'
import { unique } from './batch'
import { formatCredentials, parseCredentials } from './codecs'
import type { LookalikeReport } from './lookalikes'
import type { PartyPageData, RegistryPageData, ServicePageData } from './page-reads'
import {
  type AgreementPair,
  live,
  type NetworkSummary,
  type Node,
  type Party,
  readAgreementPairs,
  readAgreementPairsAmong,
  readNodeOperators,
  readNodesOf,
  readOwner,
  readPartiesOf,
  readPartyAddresses,
  readProviders,
  readServicesOf,
  type Service,
} from './reads'

/**
 * What the server caches per chain head (lib/reads/snapshot-cache.ts), and every server page derived from it. A
 * page's own input (a provider or party in its URL) only picks from these pieces: it never creates an entry.
 * The base pieces patch themselves from the contracts' events (Piece.patch): each re-reads, at the new head,
 * only the entries the events touched, and keeps the on-chain order a whole read would give.
 */

/**
 * An append-only list of addresses, once each (getParties, getNodeOperators, getProviders): a newcomer joins at
 * the end in the order of its events, as the contract pushes it in the transaction that emits its first event.
 */
function appended(previous: Address[], named: readonly Address[]): Address[] {
  const known = new Set(previous)
  const newcomers = named.filter((address) => !known.has(address))
  return newcomers.length === 0 ? previous : [...previous, ...newcomers]
}

/** The live entries in the order of `order`: the re-read ones where touched (null: no longer live), the previous ones elsewhere. */
function merged<T>(order: readonly Address[], keyOf: (entry: T) => Address, previous: readonly T[], reread: ReadonlyMap<Address, T | null>): T[] {
  const byKey = new Map<Address, T | null>(previous.map((entry) => [keyOf(entry), entry]))
  reread.forEach((entry, key) => byKey.set(key, entry))
  return live(order.map((key) => byKey.get(key) ?? null))
}

/** The touched keys with what a read of them found, null where nothing live: `found` holds only live entries. */
function rereadOf<T>(touched: readonly Address[], keyOf: (entry: T) => Address, found: readonly T[]): Map<Address, T | null> {
  const live = new Map(found.map((entry) => [keyOf(entry), entry]))
  return new Map(touched.map((key) => [key, live.get(key) ?? null]))
}

/** Re-reads only the touched entries and puts them in place, in the order of the address list `order` reads. */
async function patchedList<T>(
  touched: readonly Address[],
  previous: T[],
  keyOf: (entry: T) => Address,
  order: () => Promise<Address[]>,
  read: (touched: readonly Address[]) => Promise<T[]>,
): Promise<T[]> {
  if (touched.length === 0) return previous
  const [addresses, found] = await Promise.all([order(), read(touched)])
  return merged(addresses, keyOf, previous, rereadOf(touched, keyOf, found))
}

export const partyAddresses = piece(
  'party-addresses',
  ({ ctx }) => readPartyAddresses(ctx),
  async ({ previous, changes }) => appended(previous, changes.parties),
)

const byAddress = (party: Party) => party.address

/** A listing changes with its own events, and its nodeDomain with its node's. */
export const partiesPiece = piece(
  'parties',
  async ({ ctx, get }) => readPartiesOf(ctx, await get(partyAddresses)),
  async ({ ctx, get, previous, changes }) => {
    const moved = new Set(changes.operators)
    const touched = unique([...changes.parties, ...previous.filter((party) => moved.has(party.operator)).map(byAddress)])
    return patchedList(touched, previous, byAddress, () => get(partyAddresses), (some) => readPartiesOf(ctx, some))
  },
)

const nodeOperators = piece(
  'node-operators',
  ({ ctx }) => readNodeOperators(ctx),
  async ({ previous, changes }) => appended(previous, changes.operators),
)

const byOperator = (node: Node) => node.operator

export const nodesPiece = piece(
  'nodes',
  async ({ ctx, get }) => readNodesOf(ctx, await get(nodeOperators)),
  ({ ctx, get, previous, changes }) => patchedList(changes.operators, previous, byOperator, () => get(nodeOperators), (some) => readNodesOf(ctx, some)),
)

const providers = piece(
  'providers',
  ({ ctx }) => readProviders(ctx),
  async ({ previous, changes }) => appended(previous, changes.providers),
)

const byProvider = (service: Service) => service.provider

/** A service changes with its own events, and its party with the provider's listing and node. */
export const servicesPiece = piece(
  'services',
  async ({ ctx, get }) => live(await readServicesOf(ctx, await get(providers))),
  async ({ ctx, get, previous, changes }) => {
    const listed = new Set(changes.parties)
    const moved = new Set(changes.operators)
    const partyTouched = (service: Service) => listed.has(service.provider) || (service.party !== null && moved.has(service.party.operator))
    const touched = unique([...changes.providers, ...previous.filter(partyTouched).map(byProvider)])
    if (touched.length === 0) return previous
    const [order, found] = await Promise.all([get(providers), readServicesOf(ctx, touched)])
    return merged(order, byProvider, previous, new Map(touched.map((provider, i) => [provider, found[i]])))
  },
)

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
export const agreementsPiece = piece(
  'agreements',
  async ({ ctx, get }) => agreementGraph(await readAgreementPairs(ctx, await get(partyAddresses))),
  // A pair only turns active or inactive with a ServiceAgreement event naming it (hasUserAgreementByAddress is a
  // plain mapping: withdrawn services and deleted listings leave it as it is), so each user named is checked
  // against its previous providers and the ones named, beside its own list for the order: one round.
  async ({ ctx, get, previous, changes }) => {
    const users = unique(changes.agreements.map((agreement) => agreement.user))
    if (users.length === 0) return previous
    const candidates = users.map((user) => ({
      user,
      providers: [...(previous.byUser.get(user) ?? []), ...changes.agreements.filter((a) => a.user === user).map((a) => a.provider)],
    }))
    const [order, found] = await Promise.all([get(partyAddresses), readAgreementPairsAmong(ctx, candidates)])
    const providersOf = new Map<Address, readonly Address[]>(previous.byUser)
    for (const user of users) providersOf.set(user, found.filter(([agreed]) => agreed === user).map(([, provider]) => provider))
    return agreementGraph(order.flatMap((user) => (providersOf.get(user) ?? []).map((provider) => [user, provider] as const)))
  },
)

/** One pass over the whole catalog, once per snapshot rather than once per view. */
export const lookalikesPiece = piece('lookalikes', async ({ get }): Promise<LookalikeReport> => {
  const [services, { findLookalikes }] = await Promise.all([get(servicesPiece), import('./lookalikes')])
  return findLookalikes(services)
})

/**
 * The Registry's owner, shown on /registry and deciding who sees the owner's desk. An OwnershipTransferred event
 * names the new owner, so a transfer patches it with no read; the last one of the range owns it at the head.
 */
export const ownerPiece = piece(
  'owner',
  ({ ctx }) => readOwner(ctx),
  async ({ previous, changes }) => changes.owners.at(-1) ?? previous,
)

export const servicesByProvider = piece('services-by-provider', async ({ get }) => new Map((await get(servicesPiece)).map((s) => [s.provider, s])))

const partiesByAddress = piece('parties-by-address', async ({ get }) => new Map((await get(partiesPiece)).map((p) => [p.address, p])))

type Pieces = Pick<Snapshot, 'get'>

/**
 * Names the snapshot's catalog for the browser's index (lib/catalog/index-codec.ts): the hash of the services and
 * flags the index is built from, so a page and an index of one version show the same services. Hashing 10,000
 * services takes a few ms, once per snapshot, and a snapshot carried over to a newer head keeps its version.
 */
const catalogVersionPiece = piece('catalog-version', async ({ get }) => {
  const [services, lookalikes] = await Promise.all([get(servicesPiece), get(lookalikesPiece)])
  const hash = createHash('sha256')
  for (const s of services) hash.update(`${s.provider}\0${s.name}\0${s.url}\0${s.permissions.join(',')}\0${JSON.stringify(s.party)}\n`)
  return hash.update(JSON.stringify(lookalikes)).digest('base64url').slice(0, 22)
})

/**
 * What the catalog reads of the server's manifest book for its network (lib/server/manifests.ts, `manifestBook`):
 * summaries by on-chain URL from its TTL cache, and the epoch that changes whenever one of them does.
 */
export type CatalogManifestBook = {
  summaryOf(url: string): ManifestSummary
  epoch(): number
  /** Starts fetching what is not cached or on its way; never waits. */
  warm(urls: readonly string[]): void
  /** Resolves when these URLs have results, or after waitMs, whichever is first. */
  settle(urls: readonly string[], waitMs: number): Promise<void>
}

/** How long a catalog page waits for the manifests of the cards it shows: the rest of the page is ready by then. */
export const CATALOG_MANIFEST_WAIT_MS = 1_500

const serviceUrlsPiece = piece('service-urls', async ({ get }) => unique((await get(servicesPiece)).map((s) => s.url)))

/** The book's summaries as the catalog filters them, under the epoch read in the same tick (nothing runs between). */
function catalogManifests(book: CatalogManifestBook): CatalogManifests {
  return { epoch: book.epoch(), summaryOf: (service) => book.summaryOf(service.url) }
}

/** A page and an index of one snapshot and one manifest epoch show the same services with the same summaries. */
const indexVersion = (catalogVersion: string, manifests: CatalogManifests) => catalogIndexVersion(catalogVersion, manifests.epoch)

/**
 * The catalog index as the route handler serves it: built once per snapshot and manifest epoch, never per
 * request. Not gzipped here: Next drops a route handler's Content-Encoding and compresses the body itself
 * (`next start`, as for pages).
 */
export type CatalogIndexBody = { version: string; json: string }

const catalogIndexPiece = piece('catalog-index', async ({ get }) => {
  const [services, lookalikes, catalogVersion] = await Promise.all([get(servicesPiece), get(lookalikesPiece), get(catalogVersionPiece)])
  let last: CatalogIndexBody | null = null
  return (manifests: CatalogManifests): CatalogIndexBody => {
    const version = indexVersion(catalogVersion, manifests)
    if (last?.version !== version) last = { version, json: JSON.stringify(buildCatalogIndex(services, lookalikes, version, manifests)) }
    return last
  }
})

export type CatalogPageData = { services: Service[]; lookalikes: LookalikeReport }

export async function catalogView(s: Pieces): Promise<CatalogPageData> {
  const [services, lookalikes] = await Promise.all([s.get(servicesPiece), s.get(lookalikesPiece)])
  return { services, lookalikes }
}

/** The whole catalog with the summaries the book holds now: the manifests still pending are being fetched meanwhile. */
export async function catalogIndexView(s: Pieces, book: CatalogManifestBook): Promise<CatalogIndexBody> {
  const [body, urls] = await Promise.all([s.get(catalogIndexPiece), s.get(serviceUrlsPiece)])
  book.warm(urls)
  return body(catalogManifests(book))
}

/**
 * The catalog's sorted orders, facets and recently asked filters, built once per snapshot rather than per view
 * (sorting 1,000 names with a collator on every request was the catalog page's largest cost of its own).
 */
const catalogOrdersPiece = piece('catalog-orders', async ({ get }) => createCatalogOrders<CatalogCard>(await get(servicesPiece)))

/** A service on a card of the server's catalog page: with its manifest's summary. */
export type CatalogCard = Service & Pick<CatalogService, 'manifest'>

/** One page of the catalog as the server sends it: the page's cards and the lookalike flags of those cards only. */
export type CatalogPageView = CatalogPage<CatalogCard> & { lookalikes: LookalikeReport; indexVersion: string }

/**
 * Every service's manifest is fetched in the background (the book's cache keeps that to one fetch per URL and
 * TTL, whoever views); the page waits, briefly, only for the cards it shows. A manifest filter's results are
 * settled already: a pending manifest matches no filter, and the page says how many are still being checked.
 */
export async function catalogPageView(s: Pieces, query: CatalogQuery, book: CatalogManifestBook): Promise<CatalogPageView> {
  const [orders, lookalikes, catalogVersion, urls] = await Promise.all([s.get(catalogOrdersPiece), s.get(lookalikesPiece), s.get(catalogVersionPiece), s.get(serviceUrlsPiece)])
  book.warm(urls)
  let manifests = catalogManifests(book)
  let page = orders.page(query, undefined, manifests)
  const waiting = page.items.filter((service) => service.manifest?.state === 'pending').map((service) => service.url)
  if (waiting.length > 0) {
    await book.settle(waiting, CATALOG_MANIFEST_WAIT_MS)
    // Read again after the wait, in one tick: the cards, the filters and the version agree on one epoch.
    manifests = catalogManifests(book)
    page = orders.page(query, undefined, manifests)
  }
  return { ...page, lookalikes: flagsFor(lookalikes, page.items), indexVersion: indexVersion(catalogVersion, manifests) }
}

export async function registryView(s: Pieces): Promise<RegistryPageData> {
  const [parties, nodes, services, owner] = await Promise.all([s.get(partiesPiece), s.get(nodesPiece), s.get(servicesPiece), s.get(ownerPiece)])
  return { parties, nodes, providers: services.map((service) => service.provider), owner }
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

/** Credentials ("DE*MSP") of the listed parties among `addresses`, keyed lower-cased: how history rows name them. */
export async function partyNamesView(s: Pieces, addresses: readonly string[]): Promise<Record<string, string>> {
  const byAddress = await s.get(partiesByAddress)
  const names: Record<string, string> = {}
  for (const address of addresses) {
    if (!isAddress(address, { strict: false })) continue
    const party = byAddress.get(getAddress(address))
    if (party) names[address.toLowerCase()] = formatCredentials(party)
  }
  return names
}

/** The overview's figures; agreements count only those with a live service, as readSummary does. */
export async function summaryView(s: Pieces): Promise<NetworkSummary> {
  const [nodes, parties, services, graph] = await Promise.all([s.get(nodesPiece), s.get(partiesPiece), s.get(servicesByProvider), s.get(agreementsPiece)])
  let agreements = 0
  for (const [provider, users] of graph.byProvider) if (services.has(provider)) agreements += users.size
  return { nodes: nodes.length, parties: parties.length, services: services.size, agreements }
}
