import type { Translate } from '../i18n/translate'
import type { Address } from 'viem'
import type { Network } from '../chain/networks'
import { formatCredentials } from '../ocn/codecs'
import type { Node, Party } from '../ocn/reads'
import { adminDeleteOperatorRequest } from '../ocn/writes'
import { ownerActionKey } from '../tx/action-keys'
import type { WriteAction, WriteSummary } from './action'
import { reasonLine } from './admin-reason'

/** Names a few parties and counts the rest, so a node with hundreds of parties keeps a readable review. */
function someOf(parties: readonly Party[], t: Translate, shown = 5): string {
  const names = parties.slice(0, shown).map(formatCredentials).join(', ')
  return parties.length > shown ? t('writes.adminNode.more', { names, count: parties.length - shown }) : names
}

/**
 * What removing the node does, shown as soon as the owner picks it and again in the review. `parties`: those on
 * this node; `providers`: those of them that offer a service.
 */
export function nodeRemovalConsequences(node: Node, parties: readonly Party[], providers: readonly Party[], t: Translate): Omit<WriteSummary, 'title'> {
  return {
    changes: [t('writes.adminNode.unlists', { domain: node.domain, operator: node.operator }), t('writes.adminNode.released')],
    dataFlow: [
      parties.length === 0 ? t('writes.adminNode.noParties') : t('writes.adminNode.parties', { count: parties.length, names: someOf(parties, t) }),
      ...(providers.length > 0 ? [t('writes.adminNode.providers', { names: someOf(providers, t) })] : []),
    ],
    notDone: [
      t('writes.adminNode.notDelete'),
      t('writes.adminNode.notStop'),
      t('writes.adminNode.addressStays'),
    ],
  }
}

/**
 * The Registry's owner removes a node (adminDeleteOperator). The contract runs the operator's own deleteNode:
 * the URL is unlisted and released, and the parties on the node keep it as their node but reach none
 * (Registry.sol adminDeleteOperator -> deleteNode(operator)).
 */
export function adminDeleteNodeAction(network: Network, owner: Address, node: Node, parties: readonly Party[], providers: readonly Party[], reason: string, t: Translate): WriteAction {
  const { changes, dataFlow, notDone } = nodeRemovalConsequences(node, parties, providers, t)
  return {
    key: ownerActionKey('delete-node', owner),
    steps: [
      {
        label: t('writes.adminNode.step', { domain: node.domain }),
        request: adminDeleteOperatorRequest(network, node.operator),
        key: `owner:adminDeleteOperator:${node.operator.toLowerCase()}`,
      },
    ],
    summary: { title: t('writes.adminNode.title', { domain: node.domain }), changes: [...changes, reasonLine(reason, t)], dataFlow, notDone },
  }
}
