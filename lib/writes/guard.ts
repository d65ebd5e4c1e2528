import type { Party } from '@/lib/ocn/reads'

/** Every write the marketplace offers; the guard knows what each one needs before the wallet opens. */
export type GuardedWrite =
  | 'agree'
  | 'revoke'
  | 'set-node'
  | 'change-node-url'
  | 'delete-node'
  | 'set-party'
  | 'set-modules'
  | 'delete-party'
  | 'publish-listing'
  | 'edit-listing'
  | 'delete-listing'

export type GuardReason =
  | 'provider-unlisted'
  | 'provider-node-unlisted'
  | 'not-connected'
  | 'wrong-network'
  | 'checking'
  | 'no-party'
  | 'no-node'
  | 'no-own-node'
  | 'node-listed'
  | 'no-nodes'
  | 'no-listing'
  | 'agreed'
  | 'not-agreed'
  | 'unchanged'

/** Where a blocked user can go to lift the block. */
export type GuardLink = { href: string; label: string }

export type Guard =
  | { ok: true; note?: string }
  | { ok: false; reason: GuardReason; message: string; link?: GuardLink; /** the write is not needed: it already happened */ done?: true }

/**
 * What the guard reads. Only the facts an action needs must be given; a fact left undefined that an action needs
 * means "still being read" and blocks with `checking`, never with a wrong reason.
 */
export type GuardFacts = {
  network: { chainId: number; name: string }
  wallet: {
    connected: boolean
    chainId?: number
    /** False when the wallet cannot be asked to switch networks (it must be switched by hand). */
    canSwitch?: boolean
  }
  /** The connected account's party listing (null: not listed); undefined while it is read. */
  party?: Party | null
  /** The node URL the connected account lists as an operator ('' when none); undefined while it is read. */
  ownNode?: string
  /** How many nodes are listed on the network (a party needs one); undefined while it is read. */
  nodeCount?: number
  /** The provider's listing as of now (null: gone), for agreements. */
  provider?: Party | null
  /** Whether the connected party has agreed to the provider; undefined while it is read. */
  agreed?: boolean
  /** Whether the listing this write acts on exists (the provider's for a revoke, the account's own otherwise). */
  listed?: boolean
  /** True when the chain already holds what the form would write. */
  unchanged?: boolean
}

type Blocked = Extract<Guard, { ok: false }>
type Check = (facts: GuardFacts, write: GuardedWrite) => Blocked | null

const block = (reason: GuardReason, message: string, link?: GuardLink): Blocked => (link ? { ok: false, reason, message, link } : { ok: false, reason, message })

/** What the user is trying to do, to finish "Connect your wallet to …". */
const PURPOSE: Record<GuardedWrite, string> = {
  agree: "Connect your party's wallet to agree.",
  revoke: "Connect your party's wallet to revoke its agreements.",
  'set-node': 'Connect your wallet to list your node.',
  'change-node-url': "Connect your node operator's wallet to change its URL.",
  'delete-node': "Connect your node operator's wallet to delete its listing.",
  'set-party': "Connect your party's wallet to list it.",
  'set-modules': "Connect your party's wallet to set its modules.",
  'delete-party': "Connect your party's wallet to delete its listing.",
  'publish-listing': "Connect your party's wallet to publish a service.",
  'edit-listing': "Connect your party's wallet to edit its service.",
  'delete-listing': "Connect your party's wallet to delete its service.",
}

const CHECKING: Blocked = block('checking', 'Checking your OCN identity…')
const IDENTITY_LINK: GuardLink = { href: '/identity', label: 'Create your OCN identity' }

// ocn-node forwards copies to the provider's OCPI party through the provider's node, not to the service URL, so
// without both listings an agreement would only grant access to a provider that is gone.
const providerDeliverable: Check = ({ provider }) => {
  if (provider === undefined) return null
  if (!provider) {
    return block(
      'provider-unlisted',
      "This service cannot receive anything: its provider's party is no longer listed in the Registry. OCN nodes send copies to the provider's OCPI party, not to the service's URL, so there is nobody to send them to. Agreeing is not offered.",
    )
  }
  if (!provider.nodeDomain) {
    return block(
      'provider-node-unlisted',
      "This service cannot receive anything: the OCN node of its provider's party is no longer listed in the Registry, so no copy can be routed to the provider. Agreeing is not offered.",
    )
  }
  return null
}

const connected: Check = ({ wallet }, write) => (wallet.connected ? null : block('not-connected', PURPOSE[write]))

// A wallet on another network does not block: the write asks it to switch when it runs. Only a wallet that cannot
// be asked must be switched by hand first.
const onNetwork: Check = ({ wallet, network }) =>
  wallet.chainId !== undefined && wallet.chainId !== network.chainId && wallet.canSwitch === false
    ? block('wrong-network', `Your wallet is on another network and cannot be switched from here: switch it to ${network.name} (chain ${network.chainId}).`)
    : null

const hasParty: Check = ({ party }, write) => {
  if (party === undefined) return CHECKING
  if (party) return null
  if (write === 'agree' || write === 'revoke') {
    return block(
      'no-party',
      'This account is not a listed OCN party. Agreements are made by parties: list your party in the Registry (your OCN identity) or connect the wallet that holds it.',
      IDENTITY_LINK,
    )
  }
  return block(
    'no-party',
    write === 'set-modules' || write === 'delete-party'
      ? 'This account has no party listed in the Registry: list your party first.'
      : 'Services are published by listed parties: list your party in the Registry (your OCN identity) or connect the wallet that holds it.',
    IDENTITY_LINK,
  )
}

const partyHasNode: Check = ({ party }) =>
  party && !party.nodeDomain
    ? block('no-node', "Your party's OCN node is no longer listed in the Registry, so no node would forward anything. Ask your node operator.")
    : null

const notAgreed: Check = ({ agreed }) => {
  if (agreed === undefined) return CHECKING
  if (!agreed) return null
  return { ...block('agreed', 'Your party has agreed to this service.', { href: '/agreements', label: 'See or revoke your agreements' }), done: true }
}

const hasAgreed: Check = ({ agreed }) => {
  if (agreed === undefined) return CHECKING
  return agreed ? null : block('not-agreed', 'Your party has no agreement with this service: there is nothing to revoke.')
}

const withoutNode: Check = ({ ownNode }) => {
  if (ownNode === undefined) return CHECKING
  return ownNode ? block('node-listed', 'This account already lists a node: change its URL or delete it instead.') : null
}

const withNode: Check = ({ ownNode }) => {
  if (ownNode === undefined) return CHECKING
  return ownNode ? null : block('no-own-node', 'This account lists no OCN node.')
}

const nodesExist: Check = ({ nodeCount, network }) => {
  if (nodeCount === undefined) return CHECKING
  return nodeCount > 0 ? null : block('no-nodes', `No OCN node is listed on ${network.name} yet, and a party needs one. List your node, or ask a node operator to list theirs.`)
}

const LISTING_GONE: Partial<Record<GuardedWrite, string>> = {
  revoke: "This service is withdrawn: the contract refuses revokes while its provider has no service. If the provider lists it again, your agreement is active again and can be revoked then.",
}

const listingExists: Check = ({ listed }, write) => {
  if (listed === undefined) return CHECKING
  return listed ? null : block('no-listing', LISTING_GONE[write] ?? 'This account has no service listed: there is nothing to change.')
}

const changed: Check = ({ unchanged }) => (unchanged ? block('unchanged', 'Nothing to save: the chain already holds these values.') : null)

const BASICS = [connected, onNetwork] as const

/** The checks of each write, in the order a user meets them: the first that fails is the reason shown. */
const CHECKS: Record<GuardedWrite, readonly Check[]> = {
  // A provider that cannot receive anything is never offered, whoever asks: that check comes before the wallet's.
  agree: [providerDeliverable, ...BASICS, notAgreed, hasParty, partyHasNode],
  revoke: [...BASICS, hasParty, listingExists, hasAgreed],
  'set-node': [...BASICS, withoutNode, changed],
  'change-node-url': [...BASICS, withNode, changed],
  'delete-node': [...BASICS, withNode],
  'set-party': [...BASICS, nodesExist, changed],
  'set-modules': [...BASICS, hasParty, changed],
  'delete-party': [...BASICS, hasParty],
  'publish-listing': [...BASICS, hasParty, changed],
  'edit-listing': [...BASICS, hasParty, listingExists, changed],
  'delete-listing': [...BASICS, listingExists],
}

/** Whether `write` can run with these facts, and if not, the first reason in the user's own terms. */
export function guardWrite(write: GuardedWrite, facts: GuardFacts): Guard {
  for (const check of CHECKS[write]) {
    const blocked = check(facts, write)
    if (blocked) return blocked
  }
  const { wallet, network } = facts
  return wallet.chainId !== undefined && wallet.chainId !== network.chainId
    ? { ok: true, note: `Your wallet is on another network; it will be asked to switch to ${network.name}.` }
    : { ok: true }
}
