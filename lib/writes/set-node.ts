import type { Address } from 'viem'
import type { Network } from '../chain/networks'
import { normalizeNodeUrl } from '../identity/party-form'
import { setNodeRequest } from '../ocn/writes'
import { identityActionKey, identityStepKey } from '../tx/action-keys'
import { type WriteAction } from './action'
import type { Step } from '../tx/steps'

export function setNodeStep(network: Network, account: Address, domain: string): Step {
  return { label: `List your node at ${domain} (setNode)`, request: setNodeRequest(network, domain), key: identityStepKey('setNode', account) }
}

/** A node operator lists its node's URL, in the canonical form the Registry will store. */
export function setNodeAction(network: Network, account: Address, url: string): WriteAction {
  const domain = normalizeNodeUrl(url)
  return {
    key: identityActionKey('node', account),
    steps: [setNodeStep(network, account, domain)],
    summary: {
      title: `List your OCN node at ${domain}`,
      changes: [`The Registry lists this account as the operator of the OCN node at ${domain}.`],
      dataFlow: [
        `The URL and this account's address become public on ${network.name}, for parties to choose your node.`,
        'No OCPI data is sent to anyone by this transaction.',
      ],
      notDone: [
        'It does not list a party: a party, your own included, chooses a node in the next step.',
        'It does not check that an OCN node answers at this URL.',
        'A URL once listed stays reserved forever, even after a change: only deleting the node releases it.',
      ],
    },
  }
}
