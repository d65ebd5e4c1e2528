import { type Address, decodeEventLog, getAddress, type Hex, isAddressEqual } from 'viem'
import { permissionsAbi, registryAbi } from './abi'

/** A log as eth_getLogs returns it: only what attributing it needs. */
export type RawLog = { address: Hex; topics: readonly Hex[]; data: Hex }

/**
 * What the OCN events of a block range touched, each list in log order, once per entry. Every state change of
 * the Registry and Permissions emits one of these events (lib/reads/snapshot-patch.test.ts makes every kind of
 * write), so the entries named here are all that can differ from the state before the range.
 */
export type ChainChanges = {
  /** OperatorUpdate: a node set, changed or deleted (also the nodeDomain of every party on it). */
  operators: Address[]
  /** PartyUpdate: a listing set, given modules or deleted. */
  parties: Address[]
  /** ServiceUpdate: a service set, changed or withdrawn. */
  providers: Address[]
  /** ServiceAgreement, which fires alike for create and revoke. */
  agreements: { user: Address; provider: Address }[]
  /** OwnershipTransferred: each new owner of the Registry, in log order (the last one owns it at the head). */
  owners: Address[]
}

type Contracts = { registry: Address; permissions: Address }

/** What one log touched, read through the event types of its contract's ABI; null when it cannot be attributed. */
type Touched =
  | { kind: 'operator' | 'party' | 'provider'; address: Address }
  | { kind: 'agreement'; user: Address; provider: Address }
  | { kind: 'owner'; address: Address }

type Topics = [signature: Hex, ...args: Hex[]]

/** The Registry's debug events are not state changes this app knows: null. */
function registryTouch(data: Hex, topics: Topics): Touched | null {
  const event = decodeEventLog({ abi: registryAbi, data, topics })
  switch (event.eventName) {
    case 'OperatorUpdate':
      return { kind: 'operator', address: getAddress(event.args.operator) }
    case 'PartyUpdate':
      return { kind: 'party', address: getAddress(event.args.partyAddress) }
    case 'OwnershipTransferred':
      return { kind: 'owner', address: getAddress(event.args.newOwner) }
    default:
      return null
  }
}

function permissionsTouch(data: Hex, topics: Topics): Touched {
  const event = decodeEventLog({ abi: permissionsAbi, data, topics })
  switch (event.eventName) {
    case 'ServiceUpdate':
      return { kind: 'provider', address: getAddress(event.args.provider) }
    // It fires alike for create and revoke.
    case 'ServiceAgreement':
      return { kind: 'agreement', user: getAddress(event.args.user), provider: getAddress(event.args.provider) }
  }
}

function touchOf(contracts: Contracts, log: RawLog): Touched | null {
  const [signature, ...args] = log.topics
  const decode = isAddressEqual(log.address, contracts.registry) ? registryTouch : isAddressEqual(log.address, contracts.permissions) ? permissionsTouch : null
  if (!decode || signature === undefined) return null
  try {
    return decode(log.data, [signature, ...args])
  } catch {
    return null
  }
}

function addOnce(list: Address[], address: Address): void {
  if (!list.includes(address)) list.push(address)
}

/**
 * The changes these logs make, or null when one of them cannot be attributed (another contract, an event this
 * app does not know): the caller then reads everything afresh rather than guess.
 */
export function decodeChanges(contracts: Contracts, logs: readonly RawLog[]): ChainChanges | null {
  const changes: ChainChanges = { operators: [], parties: [], providers: [], agreements: [], owners: [] }
  for (const log of logs) {
    const touched = touchOf(contracts, log)
    if (!touched) return null
    switch (touched.kind) {
      case 'operator':
        addOnce(changes.operators, touched.address)
        break
      case 'party':
        addOnce(changes.parties, touched.address)
        break
      case 'provider':
        addOnce(changes.providers, touched.address)
        break
      case 'agreement': {
        const { user, provider } = touched
        if (!changes.agreements.some((a) => a.user === user && a.provider === provider)) changes.agreements.push({ user, provider })
        break
      }
      case 'owner':
        // Kept in order, repeats included: only the last transfer says who owns the Registry now.
        changes.owners.push(touched.address)
        break
    }
  }
  return changes
}
