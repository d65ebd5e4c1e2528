import type { Address } from 'viem'
import type { Network } from '../chain/networks'
import { normalizeNodeUrl } from '../identity/party-form'
import { identityActionKey } from '../tx/action-keys'
import { type WriteAction } from './action'
import { deleteNodeStep } from './delete-node'
import { setNodeStep } from './set-node'

/**
 * setNode over a listed node would keep the old URL reserved forever; deleting first releases it, so the
 * change is two transactions. deleteNode releases only the node's own URL, and the new URL never is that one
 * (validateNodeUrl), so setNode simulated on today's state gets the verdict it will get after deleteNode:
 * both are checked before the first prompt.
 */
export function changeNodeUrlAction(network: Network, account: Address, currentDomain: string, url: string, ownPartyOnNode: boolean): WriteAction {
  const domain = normalizeNodeUrl(url)
  return {
    key: identityActionKey('node', account),
    steps: [deleteNodeStep(network, account, 'Delete your current node URL (deleteNode)'), setNodeStep(network, account, domain)],
    summary: {
      title: `Change your node URL to ${domain}`,
      changes: [
        `deleteNode unlists ${currentDomain} and releases it: anyone may list it afterwards.`,
        `setNode then lists your node at ${domain}.`,
      ],
      dataFlow: [
        `Between the two transactions your node is unlisted, and the parties on it${ownPartyOnNode ? ', your own included,' : ''} reach no node.`,
        `Afterwards parties on your node reach it at ${domain}, which becomes public on ${network.name}.`,
      ],
      notDone: [
        `It does not change ${currentDomain} in place: a URL changed in place would stay reserved forever.`,
        'It does not move the parties on your node: they keep your node as theirs.',
        'If you reject the second signature or it fails, your node stays unlisted: list it again right away.',
      ],
    },
  }
}
