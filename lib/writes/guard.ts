import type { Messages } from 'next-intl'
import type { Translate } from '@/lib/i18n/translate'
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
type Check = (facts: GuardFacts, write: GuardedWrite, t: Translate) => Blocked | null

const block = (reason: GuardReason, message: string, link?: GuardLink): Blocked => (link ? { ok: false, reason, message, link } : { ok: false, reason, message })

/** What the user is trying to do, to finish "Connect your wallet to …" (`writes.guard.purpose.*`). */
const PURPOSE: Record<GuardedWrite, keyof Messages['writes']['guard']['purpose']> = {
  agree: 'agree',
  revoke: 'revoke',
  'set-node': 'setNode',
  'change-node-url': 'changeNodeUrl',
  'delete-node': 'deleteNode',
  'set-party': 'setParty',
  'set-modules': 'setModules',
  'delete-party': 'deleteParty',
  'publish-listing': 'publishListing',
  'edit-listing': 'editListing',
  'delete-listing': 'deleteListing',
}

const checking = (t: Translate): Blocked => block('checking', t('writes.guard.checking'))
const identityLink = (t: Translate): GuardLink => ({ href: '/identity', label: t('writes.guard.identityLink') })

// ocn-node forwards copies to the provider's OCPI party through the provider's node, not to the service URL, so
// without both listings an agreement would only grant access to a provider that is gone.
const providerDeliverable: Check = ({ provider }, _write, t) => {
  if (provider === undefined) return null
  if (!provider) {
    return block('provider-unlisted', t('writes.guard.providerUnlisted'))
  }
  if (!provider.nodeDomain) {
    return block('provider-node-unlisted', t('writes.guard.providerNodeUnlisted'))
  }
  return null
}

const connected: Check = ({ wallet }, write, t) => (wallet.connected ? null : block('not-connected', t(`writes.guard.purpose.${PURPOSE[write]}`)))

// A wallet on another network does not block: the write asks it to switch when it runs. Only a wallet that cannot
// be asked must be switched by hand first.
const onNetwork: Check = ({ wallet, network }, _write, t) =>
  wallet.chainId !== undefined && wallet.chainId !== network.chainId && wallet.canSwitch === false
    ? block('wrong-network', t('writes.guard.wrongNetwork', { network: network.name, chainId: String(network.chainId) }))
    : null

const hasParty: Check = ({ party }, write, t) => {
  if (party === undefined) return checking(t)
  if (party) return null
  if (write === 'agree' || write === 'revoke') {
    return block('no-party', t('writes.guard.noPartyAgree'), identityLink(t))
  }
  return block(
    'no-party',
    write === 'set-modules' || write === 'delete-party' ? t('writes.guard.noPartyFirst') : t('writes.guard.noPartyPublish'),
    identityLink(t),
  )
}

const partyHasNode: Check = ({ party }, _write, t) => (party && !party.nodeDomain ? block('no-node', t('writes.guard.noNode')) : null)

const notAgreed: Check = ({ agreed }, _write, t) => {
  if (agreed === undefined) return checking(t)
  if (!agreed) return null
  return { ...block('agreed', t('writes.guard.agreed'), { href: '/agreements', label: t('writes.guard.agreedLink') }), done: true }
}

const hasAgreed: Check = ({ agreed }, _write, t) => {
  if (agreed === undefined) return checking(t)
  return agreed ? null : block('not-agreed', t('writes.guard.notAgreed'))
}

const withoutNode: Check = ({ ownNode }, _write, t) => {
  if (ownNode === undefined) return checking(t)
  return ownNode ? block('node-listed', t('writes.guard.nodeListed')) : null
}

const withNode: Check = ({ ownNode }, _write, t) => {
  if (ownNode === undefined) return checking(t)
  return ownNode ? null : block('no-own-node', t('writes.guard.noOwnNode'))
}

const nodesExist: Check = ({ nodeCount, network }, _write, t) => {
  if (nodeCount === undefined) return checking(t)
  return nodeCount > 0 ? null : block('no-nodes', t('writes.guard.noNodes', { network: network.name }))
}

const listingExists: Check = ({ listed }, write, t) => {
  if (listed === undefined) return checking(t)
  return listed ? null : block('no-listing', write === 'revoke' ? t('writes.guard.revokeWithdrawn') : t('writes.guard.noListing'))
}

const changed: Check = ({ unchanged }, _write, t) => (unchanged ? block('unchanged', t('writes.guard.unchanged')) : null)

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
export function guardWrite(write: GuardedWrite, facts: GuardFacts, t: Translate): Guard {
  for (const check of CHECKS[write]) {
    const blocked = check(facts, write, t)
    if (blocked) return blocked
  }
  const { wallet, network } = facts
  return wallet.chainId !== undefined && wallet.chainId !== network.chainId
    ? { ok: true, note: t('writes.guard.willSwitch', { network: network.name }) }
    : { ok: true }
}
