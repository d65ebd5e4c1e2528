import type { Address } from 'viem'
import type { Translate } from '../i18n/translate'
import type { Network } from '../chain/networks'
import { formatCredentials } from '../ocn/codecs'
import type { Party } from '../ocn/reads'
import { cleanText } from '../ocn/untrusted'
import { setServiceRequest } from '../ocn/writes'
import { normalizeDraft, type ServiceDraft } from '../provider/service-form'
import { listingActionKey } from '../tx/action-keys'
import { type WriteAction } from './action'
import type { Step } from '../tx/steps'
import { permissionFlows } from './data-flow'

/** Publish and edit are the same transaction (setService overwrites), resumed under the same key. */
export function setServiceStep(network: Network, account: Address, draft: ServiceDraft, label: string): Step {
  return { label, request: setServiceRequest(network, normalizeDraft(draft)), key: `service:${account}` }
}

/** Where copies of agreeing parties' requests go: the provider's OCPI party through its node, not the URL. */
export function deliveryLine(party: Party, t: Translate): string {
  return t('writes.publish.delivery', { credentials: formatCredentials(party), node: cleanText(party.nodeDomain, 80).text || t('writes.common.noneListed') })
}

export function publishListingAction(network: Network, account: Address, draft: ServiceDraft, party: Party, t: Translate): WriteAction {
  const next = normalizeDraft(draft)
  const credentials = formatCredentials(party)
  return {
    key: listingActionKey('publish', account),
    steps: [setServiceStep(network, account, next, t('writes.publish.step'))],
    summary: {
      title: t('writes.publish.title', { name: next.name }),
      changes: [t('writes.publish.change', { name: next.name, url: next.url, credentials, count: next.permissions.length })],
      dataFlow: [
        t('writes.publish.nothingUntil'),
        ...permissionFlows(next.permissions.map(BigInt), t('writes.flow.theAgreeingParty'), credentials, t),
        deliveryLine(party, t),
      ],
      notDone: [
        t('writes.publish.notReach'),
        t('writes.publish.notCheckUrl'),
      ],
    },
  }
}
