import type { Address } from 'viem'
import type { Translate } from '../i18n/translate'
import type { Network } from '../chain/networks'
import type { ModulesDraft } from '../identity/party-form'
import { setPartyModulesRequest } from '../ocn/writes'
import { identityActionKey, identityStepKey } from '../tx/action-keys'
import { type WriteAction } from './action'
import type { Step } from '../tx/steps'
import { modulesText } from './identity-text'

export function setModulesStep(network: Network, account: Address, modules: ModulesDraft, label: string): Step {
  return { label, request: setPartyModulesRequest(network, modules.sender, modules.receiver), key: identityStepKey('setPartyModules', account) }
}

export function setModulesAction(network: Network, account: Address, modules: ModulesDraft, t: Translate): WriteAction {
  return {
    key: identityActionKey('modules', account),
    steps: [setModulesStep(network, account, modules, t('writes.setModules.step'))],
    summary: {
      title: t('writes.setModules.title'),
      changes: [t('writes.setModules.become', { modules: modulesText(modules, t) }), t('writes.setModules.replace')],
      dataFlow: [t('writes.setModules.public', { network: network.name })],
      notDone: [
        t('writes.setModules.notParty'),
        t('writes.setModules.notServices'),
      ],
    },
  }
}
