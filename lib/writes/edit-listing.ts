import type { Address } from 'viem'
import type { Translate } from '../i18n/translate'
import { type Permission, permissionLabel } from '../ocn/catalog'
import type { Network } from '../chain/networks'
import { formatCredentials } from '../ocn/codecs'
import type { Party, Service } from '../ocn/reads'
import { cleanText } from '../ocn/untrusted'
import { normalizeDraft, permissionDiff, type ServiceDraft } from '../provider/service-form'
import { listingActionKey } from '../tx/action-keys'
import { type WriteAction } from './action'
import { permissionFlows } from './data-flow'
import { deliveryLine, setServiceStep } from './publish-listing'

const labels = (list: Permission[], t: Translate) => list.map((p) => `${permissionLabel(p, t)} (${p.name})`).join(', ')

/** An update of a live listing: what changes, and what parties who already agreed start or stop sending. */
export function editListingAction(network: Network, account: Address, current: Service, draft: ServiceDraft, party: Party, t: Translate): WriteAction {
  const next = normalizeDraft(draft)
  const credentials = formatCredentials(party)
  const diff = permissionDiff(current.permissions, next.permissions)
  const changes: string[] = []
  if (current.name !== next.name) changes.push(`The name changes from "${cleanText(current.name, 80).text}" to "${next.name}".`)
  if (current.url !== next.url) changes.push(`The URL changes from ${cleanText(current.url, 80).text} to ${next.url}.`)
  if (diff.added.length > 0) changes.push(`Added permissions: ${labels(diff.added, t)}.`)
  const removed = [labels(diff.removed, t), ...diff.removedUnknown.map((v) => t('vocab.unknownPermission', { value: v.toString() }))].filter(Boolean).join(', ')
  if (removed) changes.push(`Removed permissions: ${removed}.`)

  const dataFlow: string[] = []
  if (diff.added.length > 0) {
    dataFlow.push(
      'Parties that already agreed are not asked again: their nodes start forwarding this data to you as soon as the update is on chain.',
      ...permissionFlows(diff.added.map((p) => BigInt(p.index)), 'every agreeing party', credentials, t),
    )
  }
  if (removed) dataFlow.push(`Copies for the removed permissions stop: ${removed}.`)
  if (dataFlow.length === 0) dataFlow.push('The data agreeing parties send you does not change: the permissions stay the same.')
  dataFlow.push(deliveryLine(party))

  return {
    key: listingActionKey('publish', account),
    steps: [setServiceStep(network, account, next, 'Update the service listing')],
    summary: {
      title: `Update ${next.name}`,
      changes,
      dataFlow,
      notDone: ['It does not ask parties that already agreed again.', 'It does not end or add any agreement.'],
    },
  }
}
