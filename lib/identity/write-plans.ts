import { type Address, getAddress } from 'viem'
import type { Network } from '../chain/networks'
import type { Step } from '../tx/steps'
import { formatCredentials } from '../ocn/codecs'
import {
  deleteNodeRequest,
  deletePartyRequest,
  setNodeRequest,
  setPartyModulesRequest,
  setPartyRequest,
} from '../ocn/writes'
import { hasModules, type ModulesDraft, normalizeNodeUrl, type PartyDraft } from './party-form'

/** The transactions behind each identity action, in signing order: what the wallet will be asked, as data. */
const stepKey = (action: string, account: Address) => `identity:${action}:${account.toLowerCase()}`

export function listNodePlan(network: Network, account: Address, url: string): Step[] {
  const domain = normalizeNodeUrl(url)
  return [{ label: `List your node at ${domain} (setNode)`, request: setNodeRequest(network, domain), key: stepKey('setNode', account) }]
}

/**
 * setNode over a listed node would keep the old URL reserved forever; deleting first releases it, so the
 * change is two transactions. deleteNode releases only the node's own URL, and the new URL never is that one
 * (validateNodeUrl), so setNode simulated on today's state gets the verdict it will get after deleteNode:
 * both are checked before the first prompt.
 */
export function changeNodePlan(network: Network, account: Address, url: string): Step[] {
  return [
    { label: 'Delete your current node URL (deleteNode)', request: deleteNodeRequest(network), key: stepKey('deleteNode', account) },
    ...listNodePlan(network, account, url),
  ]
}

export function deleteNodePlan(network: Network, account: Address): Step[] {
  return [{ label: 'Delete your node (deleteNode)', request: deleteNodeRequest(network), key: stepKey('deleteNode', account) }]
}

/**
 * setParty wipes the party's modules, so an update re-sends `reapply` right after it. A new listing has no
 * modules to keep, and an update of a party without modules needs no second transaction. setPartyModules
 * only needs the party listed, which it is before and after the update: both are checked before the first prompt.
 */
export function partyPlan(network: Network, account: Address, draft: PartyDraft, reapply: ModulesDraft | null): Step[] {
  const party = { countryCode: draft.countryCode, partyId: draft.partyId, roles: draft.roles, operator: getAddress(draft.operator) }
  const steps: Step[] = [
    { label: `List your party as ${formatCredentials(draft)} (setParty)`, request: setPartyRequest(network, party), key: stepKey('setParty', account) },
  ]
  if (reapply && hasModules(reapply)) {
    steps.push({
      label: 'Set your OCPI modules again, which the update wiped (setPartyModules)',
      request: setPartyModulesRequest(network, reapply.sender, reapply.receiver),
      key: stepKey('setPartyModules', account),
    })
  }
  return steps
}

export function modulesPlan(network: Network, account: Address, modules: ModulesDraft): Step[] {
  return [
    {
      label: 'Set your OCPI modules (setPartyModules)',
      request: setPartyModulesRequest(network, modules.sender, modules.receiver),
      key: stepKey('setPartyModules', account),
    },
  ]
}

export function deletePartyPlan(network: Network, account: Address): Step[] {
  return [{ label: 'Delete your party (deleteParty)', request: deletePartyRequest(network), key: stepKey('deleteParty', account) }]
}
