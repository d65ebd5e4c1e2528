import type { Address } from 'viem'
import type { Network } from '../chain/networks'
import { deleteNodeRequest } from '../ocn/writes'
import { identityActionKey, identityStepKey } from '../tx/action-keys'
import { type WriteAction } from './action'
import type { Step } from '../tx/steps'

export function deleteNodeStep(network: Network, account: Address, label = 'Delete your node (deleteNode)'): Step {
  return { label, request: deleteNodeRequest(network), key: identityStepKey('deleteNode', account) }
}

/** `ownPartyOnNode`: the account's own party chose this node, so it is cut off too. */
export function deleteNodeAction(network: Network, account: Address, domain: string, ownPartyOnNode: boolean): WriteAction {
  return {
    key: identityActionKey('node', account),
    steps: [deleteNodeStep(network, account)],
    summary: {
      title: 'Delete your OCN node',
      changes: [`Your node ${domain} is unlisted from the Registry.`, 'Its URL is released for anyone to list.'],
      dataFlow: [
        `Parties that chose your node${ownPartyOnNode ? ', your own included,' : ''} keep it as their node but reach no node until you list it again: no OCPI messages are routed for them.`,
      ],
      notDone: [
        'It does not delete or move the parties on your node.',
        'Your address stays in the list of node operators, with an empty URL.',
      ],
    },
  }
}
