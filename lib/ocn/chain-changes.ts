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
}

type Contracts = { registry: Address; permissions: Address }

function addOnce(list: Address[], address: Address): void {
  if (!list.includes(address)) list.push(address)
}

/**
 * The changes these logs make, or null when one of them cannot be attributed (another contract, an event this
 * app does not know): the caller then reads everything afresh rather than guess.
 */
export function decodeChanges(contracts: Contracts, logs: readonly RawLog[]): ChainChanges | null {
  const changes: ChainChanges = { operators: [], parties: [], providers: [], agreements: [] }
  for (const log of logs) {
    const abi = isAddressEqual(log.address, contracts.registry) ? registryAbi : isAddressEqual(log.address, contracts.permissions) ? permissionsAbi : null
    if (!abi || log.topics.length === 0) return null
    let event
    try {
      event = decodeEventLog({ abi, data: log.data, topics: log.topics as [Hex, ...Hex[]] })
    } catch {
      return null
    }
    const args = event.args as Record<string, unknown>
    switch (event.eventName) {
      case 'OperatorUpdate':
        addOnce(changes.operators, getAddress(args.operator as Address))
        break
      case 'PartyUpdate':
        addOnce(changes.parties, getAddress(args.partyAddress as Address))
        break
      case 'ServiceUpdate':
        addOnce(changes.providers, getAddress(args.provider as Address))
        break
      case 'ServiceAgreement': {
        const user = getAddress(args.user as Address)
        const provider = getAddress(args.provider as Address)
        if (!changes.agreements.some((a) => a.user === user && a.provider === provider)) changes.agreements.push({ user, provider })
        break
      }
      // Only owner() changes, which no page reads.
      case 'OwnershipTransferred':
        break
      default:
        return null
    }
  }
  return changes
}
