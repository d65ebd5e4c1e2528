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
  if (current.name !== next.name) changes.push(t('writes.edit.name', { from: cleanText(current.name, 80).text, to: next.name }))
  if (current.url !== next.url) changes.push(t('writes.edit.url', { from: cleanText(current.url, 80).text, to: next.url }))
  if (diff.added.length > 0) changes.push(t('writes.edit.added', { list: labels(diff.added, t) }))
  const removed = [labels(diff.removed, t), ...diff.removedUnknown.map((v) => t('vocab.unknownPermission', { value: v.toString() }))].filter(Boolean).join(', ')
  if (removed) changes.push(t('writes.edit.removed', { list: removed }))

  const dataFlow: string[] = []
  if (diff.added.length > 0) {
    dataFlow.push(
      t('writes.edit.notAskedAgain'),
      ...permissionFlows(diff.added.map((p) => BigInt(p.index)), t('writes.flow.everyAgreeingParty'), credentials, t),
    )
  }
  if (removed) dataFlow.push(t('writes.edit.removedStop', { list: removed }))
  if (dataFlow.length === 0) dataFlow.push(t('writes.edit.unchangedFlow'))
  dataFlow.push(deliveryLine(party, t))

  return {
    key: listingActionKey('publish', account),
    steps: [setServiceStep(network, account, next, t('writes.edit.step'))],
    summary: {
      title: t('writes.edit.title', { name: next.name }),
      changes,
      dataFlow,
      notDone: [t('writes.edit.notAsk'), t('writes.edit.notAgreements')],
    },
  }
}
