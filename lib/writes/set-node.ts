import type { Translate } from '../i18n/translate'
import type { Address } from 'viem'
import type { Network } from '../chain/networks'
import { normalizeNodeUrl } from '../identity/party-form'
import { setNodeRequest } from '../ocn/writes'
import { identityActionKey, identityStepKey } from '../tx/action-keys'
import { type WriteAction } from './action'
import type { Step } from '../tx/steps'

export function setNodeStep(network: Network, account: Address, domain: string, t: Translate): Step {
  return { label: t('writes.setNode.step', { domain }), request: setNodeRequest(network, domain), key: identityStepKey('setNode', account) }
}

/** A node operator lists its node's URL, in the canonical form the Registry will store. */
export function setNodeAction(network: Network, account: Address, url: string, t: Translate): WriteAction {
  const domain = normalizeNodeUrl(url)
  return {
    key: identityActionKey('node', account),
    steps: [setNodeStep(network, account, domain, t)],
    summary: {
      title: t('writes.setNode.title', { domain }),
      changes: [t('writes.setNode.change', { domain })],
      dataFlow: [
        t('writes.setNode.public', { network: network.name }),
        t('writes.setNode.noData'),
      ],
      notDone: [
        t('writes.setNode.notParty'),
        t('writes.setNode.notCheck'),
        t('writes.setNode.reserved'),
      ],
    },
  }
}
