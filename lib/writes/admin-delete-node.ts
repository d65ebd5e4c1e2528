import type { Address } from 'viem'
import type { Network } from '../chain/networks'
import { formatCredentials } from '../ocn/codecs'
import type { Node, Party } from '../ocn/reads'
import { adminDeleteOperatorRequest } from '../ocn/writes'
import { ownerActionKey } from '../tx/action-keys'
import type { WriteAction, WriteSummary } from './action'
import { reasonLine } from './admin-reason'

/** Names a few parties and counts the rest, so a node with hundreds of parties keeps a readable review. */
function someOf(parties: readonly Party[], shown = 5): string {
  const names = parties.slice(0, shown).map(formatCredentials)
  return parties.length > shown ? `${names.join(', ')} and ${parties.length - shown} more` : names.join(', ')
}

/**
 * What removing the node does, shown as soon as the owner picks it and again in the review. `parties`: those on
 * this node; `providers`: those of them that offer a service.
 */
export function nodeRemovalConsequences(node: Node, parties: readonly Party[], providers: readonly Party[]): Omit<WriteSummary, 'title'> {
  return {
    changes: [`The Registry unlists the node ${node.domain} of operator ${node.operator}, by the owner's authority.`, 'Its URL is released: anyone can list it again.'],
    dataFlow: [
      parties.length === 0
        ? 'No party uses this node, so no OCPI messages are rerouted.'
        : `${parties.length === 1 ? 'The party' : `The ${parties.length} parties`} on this node (${someOf(parties)}) keep it as their node but reach no node: no OCPI messages are routed for them until the node is listed again or they choose another.`,
      ...(providers.length > 0 ? [`Services of parties on this node stop being deliverable (${someOf(providers)}): no copy can be routed to their providers.`] : []),
    ],
    notDone: [
      'It does not delete or move the parties on this node, nor any service or agreement.',
      'It does not stop the operator from listing a node again.',
      "The operator's address stays in the list of node operators, with an empty URL.",
    ],
  }
}

/**
 * The Registry's owner removes a node (adminDeleteOperator). The contract runs the operator's own deleteNode:
 * the URL is unlisted and released, and the parties on the node keep it as their node but reach none
 * (Registry.sol adminDeleteOperator -> deleteNode(operator)).
 */
export function adminDeleteNodeAction(network: Network, owner: Address, node: Node, parties: readonly Party[], providers: readonly Party[], reason: string): WriteAction {
  const { changes, dataFlow, notDone } = nodeRemovalConsequences(node, parties, providers)
  return {
    key: ownerActionKey('delete-node', owner),
    steps: [
      {
        label: `Remove node ${node.domain} as the Registry's owner (adminDeleteOperator)`,
        request: adminDeleteOperatorRequest(network, node.operator),
        key: `owner:adminDeleteOperator:${node.operator.toLowerCase()}`,
      },
    ],
    summary: { title: `Remove the node ${node.domain} from the Registry`, changes: [...changes, reasonLine(reason)], dataFlow, notDone },
  }
}
