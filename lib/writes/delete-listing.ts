import type { Address } from 'viem'
import type { Network } from '../chain/networks'
import { deleteServiceRequest } from '../ocn/writes'
import { listingActionKey } from '../tx/action-keys'
import { type WriteAction } from './action'

export function deleteListingAction(network: Network, account: Address): WriteAction {
  return {
    key: listingActionKey('delete', account),
    steps: [{ label: 'Delete the service', request: deleteServiceRequest(network), key: `delete-service:${account}` }],
    summary: {
      title: 'Delete your service',
      changes: ['Your service is withdrawn from the Permissions contract and leaves the catalog.'],
      dataFlow: ['Every OCN node stops forwarding data to your service, including for parties that revoked.'],
      notDone: ['It does not end agreements: they stay on chain, and if you list a service again later every old agreement is active again at once.'],
    },
  }
}
