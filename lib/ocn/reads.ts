import { type Address, getAddress, type Hex, zeroAddress } from 'viem'
import { type ReadContext, readAll, readGroups, unique } from './batch'
import { type PermissionsAbi, permissionsRead, type ReadResult, type RegistryAbi, registryRead } from './calls'
import { decodeFixedText } from './codecs'
import { readProviderList } from './list-reads'

export type Node = { operator: Address; domain: string }

export type Party = {
  address: Address
  countryCode: string
  partyId: string
  roles: number[]
  modulesSender: number[]
  modulesReceiver: number[]
  operator: Address
  nodeDomain: string
}

export type Service = {
  provider: Address
  name: string
  url: string
  permissions: bigint[]
  /** Null when the provider's Registry listing was deleted after it published the service. */
  party: Party | null
}

export type Agreement = {
  provider: Address
  /** Null when the provider withdrew its service: the agreement stays on chain and revives on re-listing. */
  service: Service | null
}

export type NetworkSummary = { nodes: number; parties: number; services: number; agreements: number }

type PartyDetails = ReadResult<RegistryAbi, 'getPartyDetailsByAddress'>
type ServiceDetails = ReadResult<PermissionsAbi, 'getService'>

function toParty(address: Address, details: PartyDetails): Party | null {
  const [countryCode, partyId, modulesSender, modulesReceiver, roles, operator, nodeDomain] = details
  if (operator === zeroAddress) return null
  return {
    address,
    countryCode: decodeFixedText(countryCode),
    partyId: decodeFixedText(partyId),
    roles: [...roles],
    modulesSender: [...modulesSender],
    modulesReceiver: [...modulesReceiver],
    operator,
    nodeDomain,
  }
}

function toService(provider: Address, details: ServiceDetails, party: Party | null): Service | null {
  const [, , name, url, permissions] = details
  if (permissions.length === 0) return null
  return { provider, name, url, permissions: [...permissions], party }
}

/**
 * Services and their providers' listings for a set of provider addresses, null where none is live: one round of
 * multicalls.
 */
export async function readServicesOf(ctx: ReadContext, providers: readonly Address[]): Promise<(Service | null)[]> {
  const [services, parties] = await readGroups(ctx, [
    providers.map((p) => permissionsRead(ctx, 'getService', [p])),
    providers.map((p) => registryRead(ctx, 'getPartyDetailsByAddress', [p])),
  ])
  return providers.map((provider, i) => toService(provider, services[i], toParty(provider, parties[i])))
}

export function live<T>(items: readonly (T | null)[]): T[] {
  return items.filter((item): item is T => item !== null)
}

/** Every operator that ever set a node, once each: the list is append-only. */
export async function readNodeOperators(ctx: ReadContext): Promise<Address[]> {
  const [operators] = await readAll(ctx, [registryRead(ctx, 'getNodeOperators', [])])
  return unique(operators)
}

/** The live nodes among these operators, in their order: deleted nodes keep an empty domain. One round. */
export async function readNodesOf(ctx: ReadContext, operators: readonly Address[]): Promise<Node[]> {
  const domains = await readAll(ctx, operators.map((o) => registryRead(ctx, 'getNode', [o])))
  return operators.map((operator, i) => ({ operator, domain: domains[i] })).filter((node) => node.domain !== '')
}

/** The Registry's owner: the one account that may remove any node or party, or hand the Registry over. */
export async function readOwner(ctx: ReadContext): Promise<Address> {
  const [owner] = await readAll(ctx, [registryRead(ctx, 'owner', [])])
  return getAddress(owner)
}

/** Every live node: two rounds. */
export async function readNodes(ctx: ReadContext): Promise<Node[]> {
  return readNodesOf(ctx, await readNodeOperators(ctx))
}

/** Every address the Registry's party list ever held, once each (deleted parties stay in it). */
export async function readPartyAddresses(ctx: ReadContext): Promise<Address[]> {
  const [addresses] = await readAll(ctx, [registryRead(ctx, 'getParties', [])])
  return unique(addresses)
}

/** The live parties among these addresses, in their order: one round. */
export async function readPartiesOf(ctx: ReadContext, addresses: readonly Address[]): Promise<Party[]> {
  const details = await readAll(ctx, addresses.map((a) => registryRead(ctx, 'getPartyDetailsByAddress', [a])))
  return live(addresses.map((address, i) => toParty(address, details[i])))
}

/** Every live party: the party list is append-only, and deleted parties keep the zero operator. */
export async function readParties(ctx: ReadContext): Promise<Party[]> {
  return readPartiesOf(ctx, await readPartyAddresses(ctx))
}

/** Active agreements as user/provider pairs, each user's providers in the order of its own list. */
export type AgreementPair = readonly [user: Address, provider: Address]

/**
 * Every active agreement of these users, as readSummary finds them: each user's own (append-only) list, then
 * hasUserAgreementByAddress per pair. Two rounds, and the work grows with the agreements made, not
 * parties × services.
 */
export async function readAgreementPairs(ctx: ReadContext, users: readonly Address[]): Promise<AgreementPair[]> {
  const lists = await readAll(ctx, users.map((u) => permissionsRead(ctx, 'getUserAgreementsByAddress', [u])))
  const pairs = users.flatMap((user, i) => unique(lists[i]).map((provider) => [user, provider] as const))
  const active = await readAll(ctx, pairs.map((pair) => permissionsRead(ctx, 'hasUserAgreementByAddress', pair)))
  return pairs.filter((_, i) => active[i] === true)
}

/**
 * The active agreements of these users among the given candidate providers, in the order of each user's own
 * list: one round, as the list and the checks do not depend on each other. Exact whenever every provider the
 * user may have agreed to is a candidate (a patch knows them: each create or revoke emits the pair).
 */
export async function readAgreementPairsAmong(
  ctx: ReadContext,
  candidates: readonly { user: Address; providers: readonly Address[] }[],
): Promise<AgreementPair[]> {
  const checks = candidates.flatMap(({ user, providers }) => unique(providers).map((provider) => [user, provider] as const))
  const [lists, active] = await Promise.all([
    readAll(ctx, candidates.map(({ user }) => permissionsRead(ctx, 'getUserAgreementsByAddress', [user]))),
    readAll(ctx, checks.map((pair) => permissionsRead(ctx, 'hasUserAgreementByAddress', pair))),
  ])
  const agreed = new Set(checks.filter((_, i) => active[i] === true).map(([user, provider]) => `${user}:${provider}`))
  return candidates.flatMap(({ user }, i) =>
    unique(lists[i]).filter((provider) => agreed.has(`${user}:${provider}`)).map((provider) => [user, provider] as const),
  )
}

/** Every provider that ever published a service, once each: the list is append-only. */
export async function readProviders(ctx: ReadContext): Promise<Address[]> {
  return unique(await readProviderList(ctx))
}

/** Every live service with its provider's party and node: two rounds, whatever the number of services. */
export async function readServices(ctx: ReadContext): Promise<Service[]> {
  return live(await readServicesOf(ctx, await readProviders(ctx)))
}

export async function readService(ctx: ReadContext, provider: Address): Promise<Service | null> {
  return (await readServicesOf(ctx, [provider]))[0]
}

/**
 * A user's active agreements. The user's list is append-only (revoked and repeated providers stay), so each
 * provider is checked with hasUserAgreementByAddress in the same round as its service.
 */
export async function readAgreements(ctx: ReadContext, user: Address): Promise<Agreement[]> {
  const [list] = await readAll(ctx, [permissionsRead(ctx, 'getUserAgreementsByAddress', [user])])
  const providers = unique(list)
  const [active, services] = await Promise.all([
    readAll(ctx, providers.map((p) => permissionsRead(ctx, 'hasUserAgreementByAddress', [user, p]))),
    readServicesOf(ctx, providers),
  ])
  return providers.flatMap((provider, i) => (active[i] ? [{ provider, service: services[i] }] : []))
}

/**
 * Figures for the overview: three rounds, each one HTTP request. Agreements are counted from each party's own
 * (append-only) list, checked pair by pair, so the work grows with the agreements made, not parties × services.
 */
export async function readSummary(ctx: ReadContext): Promise<NetworkSummary> {
  // Each list alone: a lone call is a plain eth_call, so long lists never hit the deployless size cap.
  const [[operatorList], [partyList], providerList] = await Promise.all([
    readAll(ctx, [registryRead(ctx, 'getNodeOperators', [])]),
    readAll(ctx, [registryRead(ctx, 'getParties', [])]),
    readProviderList(ctx),
  ])
  const operators = unique(operatorList)
  const parties = unique(partyList)
  const providers = unique(providerList)

  const [domains, partyDetails, serviceDetails, agreementLists] = await readGroups(ctx, [
    operators.map((o) => registryRead(ctx, 'getNode', [o])),
    parties.map((p) => registryRead(ctx, 'getPartyDetailsByAddress', [p])),
    providers.map((p) => permissionsRead(ctx, 'getService', [p])),
    parties.map((p) => permissionsRead(ctx, 'getUserAgreementsByAddress', [p])),
  ])
  const liveProviders = new Set(providers.filter((_, i) => serviceDetails[i][4].length > 0))

  const pairs = parties.flatMap((user, i) =>
    unique(agreementLists[i]).filter((provider) => liveProviders.has(provider)).map((provider) => [user, provider] as const),
  )
  const agreed = await readAll(ctx, pairs.map((pair) => permissionsRead(ctx, 'hasUserAgreementByAddress', pair)))

  return {
    nodes: domains.filter((d) => d !== '').length,
    parties: partyDetails.filter((d) => d[5] !== zeroAddress).length,
    services: liveProviders.size,
    agreements: agreed.filter(Boolean).length,
  }
}

/**
 * The parties with an active agreement to a provider, without scanning logs: an agreement needs a Registry
 * listing and getParties() never forgets an address, so checking every address it holds is exact. Parties
 * that have since deleted their listing are left out: their node no longer serves them.
 */
export async function readAgreeingParties(ctx: ReadContext, provider: Address): Promise<Party[]> {
  const addresses = await readPartyAddresses(ctx)
  const [agreed, details] = await readGroups(ctx, [
    addresses.map((a) => permissionsRead(ctx, 'hasUserAgreementByAddress', [a, provider])),
    addresses.map((a) => registryRead(ctx, 'getPartyDetailsByAddress', [a])),
  ])
  return live(addresses.map((address, i) => (agreed[i] ? toParty(address, details[i]) : null)))
}

export async function readParty(ctx: ReadContext, address: Address): Promise<Party | null> {
  const [details] = await readAll(ctx, [registryRead(ctx, 'getPartyDetailsByAddress', [address])])
  return toParty(address, details)
}

/** Looks a party up by its OCPI credentials (already encoded as bytes2/bytes3). */
export async function readPartyAddressByOcpi(ctx: ReadContext, countryCode: Hex, partyId: Hex): Promise<Address | null> {
  const [[address, , , , operator]] = await readAll(ctx, [registryRead(ctx, 'getPartyDetailsByOcpi', [countryCode, partyId])])
  return operator === zeroAddress ? null : address
}

export type Standing = {
  party: Party | null
  agreed: boolean
  /** The provider's listing as of now: a service whose provider or provider's node is gone cannot receive anything. */
  provider: Party | null
}

/** What the agree button needs: the connected account's listing, whether it agreed, and the provider's listing. */
export async function readStanding(ctx: ReadContext, user: Address, provider: Address): Promise<Standing> {
  const [details, agreed, providerDetails] = await readAll(ctx, [
    registryRead(ctx, 'getPartyDetailsByAddress', [user]),
    permissionsRead(ctx, 'hasUserAgreementByAddress', [user, provider]),
    registryRead(ctx, 'getPartyDetailsByAddress', [provider]),
  ])
  return { party: toParty(user, details), agreed, provider: toParty(provider, providerDetails) }
}

export type Identity = { nodeDomain: string; party: Party | null; service: Service | null }

/** Where an account stands as an OCN participant: its own node, its party listing, its service. One round. */
export async function readIdentity(ctx: ReadContext, account: Address): Promise<Identity> {
  const [nodeDomain, details, service] = await readAll(ctx, [
    registryRead(ctx, 'getNode', [account]),
    registryRead(ctx, 'getPartyDetailsByAddress', [account]),
    permissionsRead(ctx, 'getService', [account]),
  ])
  const party = toParty(account, details)
  return { nodeDomain, party, service: toService(account, service, party) }
}
