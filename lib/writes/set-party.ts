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
    { label: t('writes.setParty.step', { credentials }), request: setPartyRequest(network, party), key: identityStepKey('setParty', account) },
  ]
  const resend = reapply && hasModules(reapply) ? reapply : null
  if (resend) steps.push(setModulesStep(network, account, resend, t('writes.setParty.resendStep')))
  const node = nodes.find((n) => n.operator.toLowerCase() === operator.toLowerCase())
  const nodeText = node ? cleanText(node.domain, 80).text : operator
  const listing = t('writes.setParty.listing', { credentials, roles: rolesText(draft.roles, t), node: nodeText })

  const changes = current
    ? [t('writes.setParty.becomes', { listing }), t('writes.setParty.wipes')]
    : [t('writes.setParty.lists', { listing })]
  if (current && resend) changes.push(t('writes.setParty.resend', { modules: modulesText(resend, t) }))
  else if (current) changes.push(t('writes.setParty.noModules'))
  if (current && credentialsChanged(draft, current)) changes.push(t('writes.setParty.released', { credentials: formatCredentials(current) }))

  return {
    key: identityActionKey('party', account),
    steps,
    summary: {
      title: current ? t('writes.setParty.titleUpdate', { credentials: formatCredentials(current) }) : t('writes.setParty.titleNew', { credentials }),
      changes,
      dataFlow: [
        t('writes.setParty.public', { network: network.name }),
        t('writes.setParty.routes', { credentials, node: nodeText }),
      ],
      notDone: [
        current ? t('writes.setParty.notAgreements') : t('writes.setParty.notModules'),
        t('writes.setParty.notAgree'),
      ],
    },
  }
}
