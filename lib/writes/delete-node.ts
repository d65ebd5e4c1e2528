import type { Translate } from '../i18n/translate'
import type { Address } from 'viem'
import type { Network } from '../chain/networks'
import { deleteNodeRequest } from '../ocn/writes'
import { identityActionKey, identityStepKey } from '../tx/action-keys'
import { type WriteAction } from './action'
import type { Step } from '../tx/steps'

export function deleteNodeStep(network: Network, account: Address, label: string): Step {
  return { label, request: deleteNodeRequest(network), key: identityStepKey('deleteNode', account) }
}

/** `ownPartyOnNode`: the account's own party chose this node, so it is cut off too. */
export function deleteNodeAction(network: Network, account: Address, domain: string, ownPartyOnNode: boolean, t: Translate): WriteAction {
  return {
    key: identityActionKey('node', account),
    steps: [deleteNodeStep(network, account, t('writes.deleteNode.step'))],
    summary: {
      title: t('writes.deleteNode.title'),
      changes: [t('writes.deleteNode.unlisted', { domain }), t('writes.deleteNode.released')],
      dataFlow: [
        t('writes.deleteNode.flow', { own: ownPartyOnNode ? 'yes' : 'no' }),
      ],
      notDone: [
        t('writes.deleteNode.notMove'),
        t('writes.deleteNode.addressStays'),
      ],
    },
  }
}
