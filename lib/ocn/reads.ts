import { type Address, type Hex, zeroAddress } from 'viem'
import { permissionsAbi, registryAbi } from './abi'
import { type ReadContext, readAll, unique } from './batch'
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

type PartyDetails = readonly [Hex, Hex, readonly number[], readonly number[], readonly number[], Address, string]
type ServiceDetails = readonly [Hex, Hex, string, string, readonly bigint[]]

const registryCall = <F extends string>(ctx: ReadContext, functionName: F, args: readonly unknown[] = []) =>
  ({ address: ctx.registry, abi: registryAbi, functionName, args }) as const
const permissionsCall = <F extends string>(ctx: ReadContext, functionName: F, args: readonly unknown[] = []) =>
  ({ address: ctx.permissions, abi: permissionsAbi, functionName, args }) as const

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
  const results = await readAll(ctx, [
    ...providers.map((p) => permissionsCall(ctx, 'getService', [p])),
    ...providers.map((p) => registryCall(ctx, 'getPartyDetailsByAddress', [p])),
  ])
  return providers.map((provider, i) => {
    const party = toParty(provider, results[providers.length + i] as PartyDetails)
    return toService(provider, results[i] as ServiceDetails, party)
  })
}

export function live<T>(items: readonly (T | null)[]): T[] {
  return items.filter((item): item is T => item !== null)
}

/** Every operator that ever set a node, once each: the list is append-only. */
export async function readNodeOperators(ctx: ReadContext): Promise<Address[]> {
  return unique((await readAll(ctx, [registryCall(ctx, 'getNodeOperators')]))[0] as Address[])
}

/** The live nodes among these operators, in their order: deleted nodes keep an empty domain. One round. */
export async function readNodesOf(ctx: ReadContext, operators: readonly Address[]): Promise<Node[]> {
  const domains = (await readAll(ctx, operators.map((o) => registryCall(ctx, 'getNode', [o])))) as string[]
  return operators.map((operator, i) => ({ operator, domain: domains[i] })).filter((node) => node.domain !== '')
}

/** Every live node: two rounds. */
export async function readNodes(ctx: ReadContext): Promise<Node[]> {
  return readNodesOf(ctx, await readNodeOperators(ctx))
}

/** Every address the Registry's party list ever held, once each (deleted parties stay in it). */
export async function readPartyAddresses(ctx: ReadContext): Promise<Address[]> {
  return unique((await readAll(ctx, [registryCall(ctx, 'getParties')]))[0] as Address[])
}

/** The live parties among these addresses, in their order: one round. */
export async function readPartiesOf(ctx: ReadContext, addresses: readonly Address[]): Promise<Party[]> {
  const details = await readAll(ctx, addresses.map((a) => registryCall(ctx, 'getPartyDetailsByAddress', [a])))
  return live(addresses.map((address, i) => toParty(address, details[i] as PartyDetails)))
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
  const lists = (await readAll(ctx, users.map((u) => permissionsCall(ctx, 'getUserAgreementsByAddress', [u])))) as Address[][]
  const pairs = users.flatMap((user, i) => unique(lists[i]).map((provider) => [user, provider] as const))
  const active = await readAll(ctx, pairs.map((pair) => permissionsCall(ctx, 'hasUserAgreementByAddress', pair)))
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
    readAll(ctx, candidates.map(({ user }) => permissionsCall(ctx, 'getUserAgreementsByAddress', [user]))),
    readAll(ctx, checks.map((pair) => permissionsCall(ctx, 'hasUserAgreementByAddress', pair))),
  ])
  const agreed = new Set(checks.filter((_, i) => active[i] === true).map(([user, provider]) => `${user}:${provider}`))
  return candidates.flatMap(({ user }, i) =>
    unique(lists[i] as Address[]).filter((provider) => agreed.has(`${user}:${provider}`)).map((provider) => [user, provider] as const),
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
  const providers = unique(
    (await readAll(ctx, [permissionsCall(ctx, 'getUserAgreementsByAddress', [user])]))[0] as Address[],
  )
  const [active, services] = await Promise.all([
    readAll(ctx, providers.map((p) => permissionsCall(ctx, 'hasUserAgreementByAddress', [user, p]))),
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
  const [[operatorList], [partyList], [providerList]] = (await Promise.all([
    readAll(ctx, [registryCall(ctx, 'getNodeOperators')]),
    readAll(ctx, [registryCall(ctx, 'getParties')]),
    readProviderList(ctx).then((list) => [list]),
  ])) as [[Address[]], [Address[]], [Address[]]]
  const operators = unique(operatorList)
  const parties = unique(partyList)
  const providers = unique(providerList)

  const second = await readAll(ctx, [
    ...operators.map((o) => registryCall(ctx, 'getNode', [o])),
    ...parties.map((p) => registryCall(ctx, 'getPartyDetailsByAddress', [p])),
    ...providers.map((p) => permissionsCall(ctx, 'getService', [p])),
    ...parties.map((p) => permissionsCall(ctx, 'getUserAgreementsByAddress', [p])),
  ])
  const take = <T>(count: number) => second.splice(0, count) as T[]
  const domains = take<string>(operators.length)
  const partyDetails = take<PartyDetails>(parties.length)
  const serviceDetails = take<ServiceDetails>(providers.length)
  const agreementLists = take<Address[]>(parties.length)
  const liveProviders = new Set(providers.filter((_, i) => serviceDetails[i][4].length > 0))

  const pairs = parties.flatMap((user, i) =>
    unique(agreementLists[i]).filter((provider) => liveProviders.has(provider)).map((provider) => [user, provider] as const),
  )
  const agreed = await readAll(ctx, pairs.map((pair) => permissionsCall(ctx, 'hasUserAgreementByAddress', pair)))

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
  const addresses = unique((await readAll(ctx, [registryCall(ctx, 'getParties')]))[0] as Address[])
  const results = await readAll(ctx, [
    ...addresses.map((a) => permissionsCall(ctx, 'hasUserAgreementByAddress', [a, provider])),
    ...addresses.map((a) => registryCall(ctx, 'getPartyDetailsByAddress', [a])),
  ])
  return live(addresses.map((address, i) => (results[i] ? toParty(address, results[addresses.length + i] as PartyDetails) : null)))
}

export async function readParty(ctx: ReadContext, address: Address): Promise<Party | null> {
  const [details] = await readAll(ctx, [registryCall(ctx, 'getPartyDetailsByAddress', [address])])
  return toParty(address, details as PartyDetails)
}

/** Looks a party up by its OCPI credentials (already encoded as bytes2/bytes3). */
export async function readPartyAddressByOcpi(ctx: ReadContext, countryCode: Hex, partyId: Hex): Promise<Address | null> {
  const [details] = await readAll(ctx, [registryCall(ctx, 'getPartyDetailsByOcpi', [countryCode, partyId])])
  const [address, , , , operator] = details as readonly [Address, unknown, unknown, unknown, Address, string]
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
    registryCall(ctx, 'getPartyDetailsByAddress', [user]),
    permissionsCall(ctx, 'hasUserAgreementByAddress', [user, provider]),
    registryCall(ctx, 'getPartyDetailsByAddress', [provider]),
  ])
  return {
    party: toParty(user, details as PartyDetails),
    agreed: agreed as boolean,
    provider: toParty(provider, providerDetails as PartyDetails),
  }
}

export type Identity = { nodeDomain: string; party: Party | null; service: Service | null }

/** Where an account stands as an OCN participant: its own node, its party listing, its service. One round. */
export async function readIdentity(ctx: ReadContext, account: Address): Promise<Identity> {
  const [nodeDomain, details, service] = await readAll(ctx, [
    registryCall(ctx, 'getNode', [account]),
    registryCall(ctx, 'getPartyDetailsByAddress', [account]),
    permissionsCall(ctx, 'getService', [account]),
  ])
  const party = toParty(account, details as PartyDetails)
  return { nodeDomain: nodeDomain as string, party, service: toService(account, service as ServiceDetails, party) }
}
