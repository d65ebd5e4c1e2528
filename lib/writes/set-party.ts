import { type Address, getAddress } from 'viem'
import type { Translate } from '../i18n/translate'
import type { Network } from '../chain/networks'
import { credentialsChanged, hasModules, type ModulesDraft, type PartyDraft } from '../identity/party-form'
import { formatCredentials } from '../ocn/codecs'
import type { Node, Party } from '../ocn/reads'
import { cleanText } from '../ocn/untrusted'
import { setPartyRequest } from '../ocn/writes'
import { identityActionKey, identityStepKey } from '../tx/action-keys'
import { type WriteAction } from './action'
import type { Step } from '../tx/steps'
import { modulesText, rolesText } from './identity-text'
import { setModulesStep } from './set-modules'

type Input = {
  draft: PartyDraft
  /** The account's listing on chain; null for a new listing. */
  current: Party | null
  /** The modules to send again right after an update (setParty wipes them); null for a new listing. */
  reapply: ModulesDraft | null
  nodes: readonly Node[]
}

/**
 * setParty wipes the party's modules, so an update re-sends `reapply` right after it. A new listing has no
 * modules to keep, and an update of a party without modules needs no second transaction. setPartyModules
 * only needs the party listed, which it is before and after the update: both are checked before the first prompt.
 */
export function setPartyAction(network: Network, account: Address, { draft, current, reapply, nodes }: Input, t: Translate): WriteAction {
  const credentials = formatCredentials(draft)
  const operator = getAddress(draft.operator)
  const party = { countryCode: draft.countryCode, partyId: draft.partyId, roles: draft.roles, operator }
  const steps: Step[] = [
    { label: `List your party as ${credentials} (setParty)`, request: setPartyRequest(network, party), key: identityStepKey('setParty', account) },
  ]
  const resend = reapply && hasModules(reapply) ? reapply : null
  if (resend) steps.push(setModulesStep(network, account, resend, 'Set your OCPI modules again, which the update wiped (setPartyModules)'))
  const node = nodes.find((n) => n.operator.toLowerCase() === operator.toLowerCase())
  const nodeText = node ? cleanText(node.domain, 80).text : operator
  const listing = `${credentials} with the roles ${rolesText(draft.roles, t)}, on the OCN node ${nodeText}`

  const changes = current
    ? [`Your party's listing becomes ${listing}.`, 'setParty wipes your OCPI modules on chain.']
    : [`The Registry lists this account as the OCPI party ${listing}.`]
  if (current && resend) changes.push(`A second transaction sets them again, ${modulesText(resend, t)}.`)
  else if (current) changes.push('Your party has no OCPI modules to set again.')
  if (current && credentialsChanged(draft, current)) changes.push(`${formatCredentials(current)} is released for any address to list.`)

  return {
    key: identityActionKey('party', account),
    steps,
    summary: {
      title: current ? `Update your party ${formatCredentials(current)}` : `List your party as ${credentials}`,
      changes,
      dataFlow: [
        `Your credentials, roles and node become public on ${network.name}, for anyone to read.`,
        `OCN nodes route the OCPI messages of ${credentials} through ${nodeText}.`,
      ],
      notDone: [
        current ? 'It does not change your agreements or your service in the Permissions contract.' : 'It does not set your OCPI modules: that is the next step.',
        "It does not agree to any service: no party's data is copied to a service without an agreement.",
      ],
    },
  }
}
