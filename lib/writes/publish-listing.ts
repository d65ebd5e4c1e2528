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
export function deliveryLine(party: Party): string {
  return `Copies reach ${formatCredentials(party)} through its OCN node (${cleanText(party.nodeDomain, 80).text || 'none listed'}), not the service URL.`
}

export function publishListingAction(network: Network, account: Address, draft: ServiceDraft, party: Party, t: Translate): WriteAction {
  const next = normalizeDraft(draft)
  const credentials = formatCredentials(party)
  const count = next.permissions.length === 1 ? '1 permission' : `${next.permissions.length} permissions`
  return {
    key: listingActionKey('publish', account),
    steps: [setServiceStep(network, account, next, 'Publish the service')],
    summary: {
      title: `Publish ${next.name}`,
      changes: [`The Permissions contract lists "${next.name}" at ${next.url} as the service of ${credentials}, asking for ${count}.`],
      dataFlow: [
        'Nothing flows until a party agrees. From then on:',
        ...permissionFlows(next.permissions.map(BigInt), 'the agreeing party', credentials, t),
        deliveryLine(party),
      ],
      notDone: [
        "It does not reach anyone's data by itself: only parties that agree send you copies.",
        'It does not check that your service URL answers.',
      ],
    },
  }
}
