import type { Address } from 'viem'
import type { Party } from '../ocn/reads'
import { type Endpoint, endpointOf, type Interface, isUnforwardedModule, type Method, type RequestModule, type UnforwardedModule } from './endpoints'
import { nodePermission, permissionMatches } from './node-rules'

/** A request the sending party's platform sends through its OCN node. */
export type ForwardRequest = { module: RequestModule; iface: Interface; method: Method }

/** What the node reads of a provider with `Permissions.getService`: the permissions as stored, and the listing it routes to. */
export type ForwardProvider = {
  name: string
  permissions: readonly bigint[]
  /** The provider's Registry listing now (getService reads country_code/party_id live): null once deleted. */
  party: Party | null
}

/** Everything the node reads on chain to decide who gets a copy of one party's request. */
export type ForwardInputs = {
  sender: Party
  /**
   * `getUserAgreementsByOcpi(sender)` as the node reads it: the sender's append-only list in its on-chain order,
   * revoked providers and repeats included (a revoke never removes an entry, an agreement made again adds one).
   */
  agreementList: readonly Address[]
  /** The providers whose agreement is active now (hasUserAgreementByAddress): what the node does NOT check. */
  active: readonly Address[]
  /** Live services among the list's providers; a provider missing here has withdrawn its service (no permissions). */
  services: Readonly<Partial<Record<Address, ForwardProvider>>>
}

export type Verdict =
  /** Gets a copy: a permission matches and the provider's party and node are listed. */
  | 'copy'
  /** Revoked, yet gets a copy: ocn-node 1.1.x-1.2.0 reads the list without hasUserAgreement (spec §7). */
  | 'copy-revoked'
  /** None of the service's permissions matches this module and interface. */
  | 'no-match'
  /** The service was withdrawn: getService returns no permissions, so nothing matches (the agreement stays). */
  | 'withdrawn'
  /** A permission matches, but the provider's party is no longer listed: forwardAgain finds no recipient. */
  | 'provider-unlisted'
  /** A permission matches, but the provider's node is no longer listed: forwardAgain finds no node URL. */
  | 'provider-no-node'
  /** One of its permissions is 2^31 or more: reading it throws, and forwarding stops for it and every later agreement. */
  | 'aborts'
  /** Never reached: an earlier agreement's service aborted the forwarding. */
  | 'aborted'

export type ForwardOutcome = {
  provider: Address
  service: ForwardProvider | null
  verdict: Verdict
  /** Copies this provider receives of one request: one per entry of the list the node reaches and delivers. */
  copies: number
  /** How often the provider appears in the sender's list. */
  entries: number
  /** Whether the agreement is active now. */
  active: boolean
  /** The service's permissions (0-16) that match this request. */
  matching: number[]
  /** Values the node drops without a word (17 to 2^31-1). */
  ignored: bigint[]
}

/** Why a request is copied to nobody whatever the agreements say. */
export type Blocked = { kind: 'never-forwarded'; module: UnforwardedModule } | { kind: 'no-endpoint' }

export type ForwardPreview = {
  request: ForwardRequest
  /** The node's endpoint for the request; null for custom, credentials and hubclientinfo or a method it does not map. */
  endpoint: Endpoint | null
  blocked: Blocked | null
  /** One per provider in the sender's list, in the order of its first entry (the order the node forwards in). */
  outcomes: ForwardOutcome[]
  /** Copies the request produces in all. */
  copies: number
}

type Evaluation = { verdict: Exclude<Verdict, 'aborted'>; delivered: boolean; matching: number[]; ignored: bigint[] }

/**
 * One entry of the list, as RegistryService.getAgreementsByInterface and AsyncTaskService do it:
 * `getOcnService(provider)` maps every permission with getByIndex (`needs.mapNotNull`), the filter keeps the
 * service if `permissions.any { it.matches(module, interfaceRole) }`, and OcpiRequestHandler.forwardAgain sends the
 * copy to the provider's country_code/party_id (routed through the Registry: no listing or no node, no copy).
 */
function evaluate(service: ForwardProvider | null, isActive: boolean, module: Exclude<RequestModule, UnforwardedModule>, iface: Interface): Evaluation {
  const permissions = service?.permissions ?? []
  const read = permissions.map(nodePermission)
  const ignored = permissions.filter((_, i) => read[i].kind === 'ignored')
  if (read.some((p) => p.kind === 'throws')) return { verdict: 'aborts', delivered: false, matching: [], ignored }
  const matching = read.flatMap((p) => (p.kind === 'permission' && permissionMatches(p.index, module, iface) ? [p.index] : []))
  const result = (verdict: Evaluation['verdict'], delivered = false): Evaluation => ({ verdict, delivered, matching, ignored })
  if (!service) return result('withdrawn')
  if (matching.length === 0) return result('no-match')
  if (!service.party) return result('provider-unlisted')
  if (service.party.nodeDomain === '') return result('provider-no-node')
  return result(isActive ? 'copy' : 'copy-revoked', true)
}

/**
 * Who receives a copy of `request` when `inputs.sender` sends it, exactly as ocn-node 1.1.2 decides
 * (AsyncTaskService.forwardOcpiRequestToLinkedServices): only standard modules, only requests of the node's own
 * platforms (a request arriving from another node is never copied again), only when the node's
 * `serviceInterfaceEnabled` is on (a node setting the chain cannot show). The list is a lazy Kotlin Sequence: an
 * entry whose permission throws ends the `forEach` outside its try, after the earlier entries were sent.
 */
export function previewForwarding(inputs: ForwardInputs, request: ForwardRequest): ForwardPreview {
  const { module, iface, method } = request
  if (isUnforwardedModule(module)) return { request, endpoint: null, blocked: { kind: 'never-forwarded', module }, outcomes: [], copies: 0 }
  const endpoint = endpointOf(module, iface, method)
  if (!endpoint) return { request, endpoint: null, blocked: { kind: 'no-endpoint' }, outcomes: [], copies: 0 }

  const active = new Set(inputs.active)
  const outcomes = new Map<Address, ForwardOutcome>()
  let aborted = false
  for (const provider of inputs.agreementList) {
    let outcome = outcomes.get(provider)
    if (!outcome) {
      const service = inputs.services[provider] ?? null
      const { verdict, matching, ignored } = evaluate(service, active.has(provider), module, iface)
      outcome = { provider, service, verdict: aborted ? 'aborted' : verdict, copies: 0, entries: 0, active: active.has(provider), matching, ignored }
      outcomes.set(provider, outcome)
    }
    outcome.entries += 1
    if (aborted) continue
    if (outcome.verdict === 'aborts') aborted = true
    else if (outcome.verdict === 'copy' || outcome.verdict === 'copy-revoked') outcome.copies += 1
  }
  const list = [...outcomes.values()]
  return { request, endpoint, blocked: null, outcomes: list, copies: list.reduce((sum, o) => sum + o.copies, 0) }
}

/** Whether this outcome means the provider receives the request. */
export function receivesCopy(outcome: ForwardOutcome): boolean {
  return outcome.copies > 0
}
