import type { Address } from 'viem'
import type { Translate } from '../i18n/translate'
import type { Network } from '../chain/networks'
import type { ModulesDraft } from '../identity/party-form'
import { setPartyModulesRequest } from '../ocn/writes'
import { identityActionKey, identityStepKey } from '../tx/action-keys'
import { type WriteAction } from './action'
import type { Step } from '../tx/steps'
import { modulesText } from './identity-text'

export function setModulesStep(network: Network, account: Address, modules: ModulesDraft, label = 'Set your OCPI modules (setPartyModules)'): Step {
  return { label, request: setPartyModulesRequest(network, modules.sender, modules.receiver), key: identityStepKey('setPartyModules', account) }
}

export function setModulesAction(network: Network, account: Address, modules: ModulesDraft, t: Translate): WriteAction {
  return {
    key: identityActionKey('modules', account),
    steps: [setModulesStep(network, account, modules)],
    summary: {
      title: 'Set your OCPI modules',
      changes: [`Your party's modules become: ${modulesText(modules, t)}.`, 'Both lists replace the ones on chain.'],
      dataFlow: [`The lists become public on ${network.name}, for parties and nodes to see what your party implements. No OCPI data is sent to anyone.`],
      notDone: [
        "It does not change your party's credentials, roles or node.",
        'It does not change which data services receive: that follows your agreements and their permissions.',
      ],
    },
  }
}
