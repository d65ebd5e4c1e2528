import { type Address, concat, isAddressEqual, keccak256 } from 'viem'
import type { Translate } from '../i18n/translate'
import type { Network } from '../chain/networks'
import type { ReadContext } from '../ocn/batch'
import { formatCredentials } from '../ocn/codecs'
import { type Identity, type Node, readIdentity, readNodes, readServicesOf, type Service } from '../ocn/reads'
import { cleanText } from '../ocn/untrusted'
import type { Step } from '../tx/steps'
import type { WriteAction, WriteSummary } from '../writes/action'
import { agreeAction } from '../writes/agree'
import { changeNodeUrlAction } from '../writes/change-node-url'
import { permissionFlows } from '../writes/data-flow'
import { deleteListingAction } from '../writes/delete-listing'
import { deleteNodeAction } from '../writes/delete-node'
import { deletePartyAction } from '../writes/delete-party'
import { editListingAction } from '../writes/edit-listing'
import { modulesText, rolesText } from '../writes/identity-text'
import { publishListingAction } from '../writes/publish-listing'
import { revokeAction } from '../writes/revoke'
import { setModulesAction } from '../writes/set-modules'
import { setNodeAction } from '../writes/set-node'
import { setPartyAction } from '../writes/set-party'
import { rawParamHash } from './digest'
import { signatureFacts } from './facts'
import { rawCallsOf } from './from-steps'
import { rawRequest } from './raw-request'
import type { RawCall, SignedCall, VerifiedRequest } from './types'

/** What the chain holds now for the signer, and for the providers its agreement calls name. */
type ChainNow = { identity: Identity; nodes: readonly Node[]; services: Map<string, Service | null> }

/**
 * The review whoever holds a signed request reads before submitting it: the same summary the signer's own direct
 * write would show (the same builders, fed the signed parameters and what the chain holds now, the signer as the
 * subject), every transaction replaced by its raw twin, plus who signed it, who pays, and what the signature
 * allows (facts.ts). A builder is only used where its transactions are exactly the signed calls (rawCallsOf);
 * otherwise, or when the chain lacks what the builder describes (a listing that a submission would revert
 * without), the review states the signed parameters literally and the preflight says why it would fail.
 */
export async function relayAction(network: Network, ctx: ReadContext, verified: VerifiedRequest, submitter: Address, t: Translate): Promise<WriteAction> {
  const { signer, calls } = verified
  const providers = [...new Set(calls.flatMap(({ call }) => (call.kind === 'createAgreement' || call.kind === 'revokeAgreement' ? [call.provider] : [])))]
  const needsNodes = calls.some(({ call }) => call.kind === 'setParty')
  const [identity, nodes, services] = await Promise.all([readIdentity(ctx, signer), needsNodes ? readNodes(ctx) : [], readServicesOf(ctx, providers)])
  const chain: ChainNow = { identity, nodes, services: new Map(providers.map((p, i) => [p.toLowerCase(), services[i]])) }

  const parts: { summary: WriteSummary; steps: Step[] }[] = []
  for (let i = 0; i < calls.length; ) {
    const group = describeFrom(network, signer, chain, calls, i, t)
    parts.push({ summary: group.summary, steps: calls.slice(i, i + group.labels.length).map((signed, j) => relayStep(network, signed, group.labels[j])) })
    i += group.labels.length
  }

  const steps = parts.flatMap((p) => p.steps)
  const summaries = parts.map((p) => forSubmitter(p.summary, t))
  const builderChanges = summaries.flatMap((s) => s.changes)
  const your = new RegExp(`(^|[^\\p{L}])(${t('writes.relay.yourWords').split(' ').join('|')})(?![\\p{L}])`, 'iu')
  const mentionsYour = summaries.some((s) => [s.title, ...s.changes, ...s.dataFlow, ...s.notDone].some((line) => your.test(line)))
  const credentials = identity.party ? formatCredentials(identity.party) : ''
  const who = credentials ? t('writes.relay.who', { credentials, address: signer }) : signer
  return {
    key: `relay:${keccak256(concat(calls.map((c) => rawParamHash(c.call))))}`,
    steps,
    summary: {
      title: summaries.map((s) => s.title).reduce((first, second) => t('writes.relay.then', { first, second })),
      changes: [
        t('writes.relay.signedBy', { who, submitter, your: mentionsYour ? 'yes' : 'no' }),
        ...builderChanges,
        ...signatureFacts(calls.map((c) => c.call), t),
      ],
      dataFlow: unique(summaries.flatMap((s) => s.dataFlow)),
      notDone: unique(summaries.flatMap((s) => s.notDone)),
    },
  }
}

const unique = (lines: string[]) => [...new Set(lines)]

/** The builders speak to the account that sends the write; here that is the submitter, while the subject is the signer. */
function forSubmitter(summary: WriteSummary, t: Translate): WriteSummary {
  const thisAccount = t('writes.relay.thisAccount')
  const line = (text: string) => text.replaceAll(thisAccount, t('writes.relay.signersAccount'))
  return { title: line(summary.title), changes: summary.changes.map(line), dataFlow: summary.dataFlow.map(line), notDone: summary.notDone.map(line) }
}

/**
 * Whether two lists hold the same calls, parameter by parameter. Not by digest: packed encoding lets different
 * parameters share one (facts.ts), and the review must describe exactly the parameters that will be sent.
 */
function sameCalls(a: readonly RawCall[] | null, b: readonly RawCall[]): boolean {
  const canonical = (call: RawCall) => JSON.stringify(call, Object.keys(call).sort())
  return a !== null && a.length === b.length && a.every((call, i) => canonical(call) === canonical(b[i]))
}

function relayStep(network: Network, signed: SignedCall, label: string): Step {
  const request = rawRequest(network, signed)
  // The builders name the direct function in their labels; the submitter sends its raw twin.
  const named = /\((\w+)\)$/.test(label) ? label.replace(/\((\w+)\)$/, `(${request.functionName})`) : `${label} (${request.functionName})`
  return { label: named, request, key: `relay:${signed.call.kind}:${rawParamHash(signed.call)}` }
}

/** The summary of the calls from `start`, and the step labels of as many calls as it covers (at least one). */
function describeFrom(network: Network, signer: Address, chain: ChainNow, calls: readonly SignedCall[], start: number, t: Translate): { summary: WriteSummary; labels: string[] } {
  for (const action of candidates(network, signer, chain, calls, start, t)) {
    const covered = calls.slice(start, start + action.steps.length).map((c) => c.call)
    if (action.steps.length > 0 && sameCalls(rawCallsOf(action.steps, signer), covered)) {
      return { summary: action.summary, labels: action.steps.map((s) => s.label) }
    }
  }
  const literal = literalSummary(network, signer, calls[start].call, t)
  return { summary: literal, labels: [literal.title] }
}

/** The direct-write builders that could have produced the calls from `start`, longest first. */
function candidates(network: Network, signer: Address, { identity, nodes, services }: ChainNow, calls: readonly SignedCall[], start: number, t: Translate): WriteAction[] {
  const call = calls[start].call
  const next = calls[start + 1]?.call
  const ownPartyOnNode = identity.party !== null && isAddressEqual(identity.party.operator, signer)
  switch (call.kind) {
    case 'setNode':
      return [setNodeAction(network, signer, call.domain, t)]
    case 'deleteNode':
      return [
        ...(next?.kind === 'setNode' && identity.nodeDomain ? [changeNodeUrlAction(network, signer, identity.nodeDomain, next.domain, ownPartyOnNode, t)] : []),
        ...(identity.nodeDomain ? [deleteNodeAction(network, signer, identity.nodeDomain, ownPartyOnNode, t)] : []),
      ]
    case 'setParty': {
      const draft = { countryCode: call.countryCode, partyId: call.partyId, roles: call.roles, operator: call.operator }
      const reapply = next?.kind === 'setPartyModules' ? { sender: next.sender, receiver: next.receiver } : null
      return [setPartyAction(network, signer, { draft, current: identity.party, reapply, nodes }, t)]
    }
    case 'setPartyModules':
      return [setModulesAction(network, signer, { sender: call.sender, receiver: call.receiver }, t)]
    case 'deleteParty':
      return identity.party ? [deletePartyAction(network, signer, identity.party, t)] : []
    case 'setService': {
      const permissions = call.permissions.map(Number)
      if (!identity.party || !permissions.every(Number.isSafeInteger)) return []
      const draft = { name: call.name, url: call.url, permissions }
      return [identity.service ? editListingAction(network, signer, identity.service, draft, identity.party, t) : publishListingAction(network, signer, draft, identity.party, t)]
    }
    case 'deleteService':
      return [deleteListingAction(network, signer, t)]
    case 'createAgreement': {
      const service = services.get(call.provider.toLowerCase())
      return identity.party && service?.party ? [agreeAction(network, { user: signer, party: identity.party, provider: service.party, service }, t)] : []
    }
    case 'revokeAgreement': {
      // Consecutive revokes read as one revoke of several agreements, as on /agreements.
      const run: { provider: Address; name: string }[] = []
      for (let i = start; calls[i]?.call.kind === 'revokeAgreement'; i++) {
        const provider = (calls[i].call as Extract<RawCall, { kind: 'revokeAgreement' }>).provider
        run.push({ provider, name: services.get(provider.toLowerCase())?.name ?? '' })
      }
      return [revokeAction(network, signer, run, t), revokeAction(network, signer, run.slice(0, 1), t)]
    }
  }
}

/**
 * The signed parameters said as they are, for a call no builder describes: a listing the chain lacks (the
 * submission would revert, which the preflight explains) or parameters the app's own forms would not produce.
 */
function literalSummary(network: Network, signer: Address, call: RawCall, t: Translate): WriteSummary {
  const text = (value: string) => cleanText(value, 120).text
  const none = { dataFlow: [] as string[], notDone: [] as string[] }
  switch (call.kind) {
    case 'setNode':
      return { ...none, title: t('writes.relay.setNodeTitle', { domain: text(call.domain) }), changes: [t('writes.relay.setNode', { signer, domain: text(call.domain) })] }
    case 'deleteNode':
      return { ...none, title: t('writes.relay.deleteNodeTitle'), changes: [t('writes.relay.deleteNode', { signer })] }
    case 'setParty': {
      const credentials = formatCredentials(call)
      return {
        ...none,
        title: t('writes.relay.setPartyTitle', { credentials }),
        changes: [
          t('writes.relay.setParty', { signer, credentials, roles: rolesText(call.roles, t), operator: call.operator }),
          t('writes.relay.setPartyWipes'),
        ],
      }
    }
    case 'setPartyModules':
      return { ...none, title: t('writes.relay.setModulesTitle'), changes: [t('writes.relay.setModules', { signer, modules: modulesText(call, t) })] }
    case 'deleteParty':
      return { ...none, title: t('writes.relay.deletePartyTitle'), changes: [t('writes.relay.deleteParty', { signer })] }
    case 'setService':
      return {
        title: t('writes.relay.setServiceTitle', { name: text(call.name) }),
        changes: [t('writes.relay.setService', { name: text(call.name), url: text(call.url), signer, permissions: call.permissions.join(', ') })],
        dataFlow: permissionFlows(call.permissions.map(BigInt), t('writes.flow.everyAgreeingParty'), signer, t),
        notDone: [],
      }
    case 'deleteService':
      return { ...none, title: t('writes.relay.deleteServiceTitle'), changes: [t('writes.relay.deleteService', { signer })] }
    case 'createAgreement':
      return { ...none, title: t('writes.relay.agreeTitle', { provider: call.provider }), changes: [t('writes.relay.agree', { signer, provider: call.provider })] }
    case 'revokeAgreement':
      return { ...none, title: t('writes.relay.revokeTitle', { provider: call.provider }), changes: [t('writes.relay.revoke', { signer, provider: call.provider })] }
  }
}
