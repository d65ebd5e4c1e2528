import type { Translate } from '../i18n/translate'
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
export function changeNodeUrlAction(network: Network, account: Address, currentDomain: string, url: string, ownPartyOnNode: boolean, t: Translate): WriteAction {
  const domain = normalizeNodeUrl(url)
  return {
    key: identityActionKey('node', account),
    steps: [deleteNodeStep(network, account, t('writes.changeNode.deleteStep')), setNodeStep(network, account, domain, t)],
    summary: {
      title: t('writes.changeNode.title', { domain }),
      changes: [
        t('writes.changeNode.unlists', { current: currentDomain }),
        t('writes.changeNode.lists', { domain }),
      ],
      dataFlow: [
        t('writes.changeNode.between', { own: ownPartyOnNode ? 'yes' : 'no' }),
        t('writes.changeNode.after', { domain, network: network.name }),
      ],
      notDone: [
        t('writes.changeNode.notInPlace', { current: currentDomain }),
        t('writes.changeNode.notMove'),
        t('writes.changeNode.ifRejected'),
      ],
    },
  }
}
