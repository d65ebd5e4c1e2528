import type { Translate } from '../i18n/translate'
import type { Address } from 'viem'
import type { Network } from '../chain/networks'
import { deleteServiceRequest } from '../ocn/writes'
import { listingActionKey } from '../tx/action-keys'
import { type WriteAction } from './action'

export function deleteListingAction(network: Network, account: Address, t: Translate): WriteAction {
  return {
    key: listingActionKey('delete', account),
    steps: [{ label: t('writes.deleteListing.step'), request: deleteServiceRequest(network), key: `delete-service:${account}` }],
    summary: {
      title: t('writes.deleteListing.title'),
      changes: [t('writes.deleteListing.change')],
      dataFlow: [t('writes.deleteListing.flow')],
      notDone: [t('writes.deleteListing.notDone')],
    },
  }
}
