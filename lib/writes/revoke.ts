import type { Address } from 'viem'
import type { Network } from '../chain/networks'
import { cleanText } from '../ocn/untrusted'
import { agreementRequest } from '../ocn/writes'
import { agreementKey, revokeActionKey } from '../tx/action-keys'
import { type WriteAction } from './action'

/** The revoke review's two statements: what revoking records, and why the data may keep flowing for a while. */
const REVOKE_RECORDS = 'Revoking records on chain that your party no longer agrees.'
export const REVOKE_MAY_NOT_STOP =
  'It may not stop the data flow at once: OCN nodes up to version 1.2 keep forwarding copies to a service until its provider deletes the service, even after you revoke. Ask the provider, or your node operator, to confirm that forwarding has stopped.'

/** One or several agreements revoked one wallet prompt at a time; each keeps its own resume key. `name` is as read. */
export function revokeAction(network: Network, user: Address, agreements: readonly { provider: Address; name: string }[]): WriteAction {
  const one = agreements.length === 1
  return {
    key: revokeActionKey(user),
    steps: agreements.map(({ provider, name }) => ({
      label: `Revoke ${cleanText(name, 80).text || '(no name)'} (revokeAgreement)`,
      request: agreementRequest(network, 'revokeAgreement', provider),
      key: agreementKey('revoke', user, provider),
    })),
    summary: {
      title: one ? 'Revoke this agreement' : `Revoke ${agreements.length} agreements`,
      changes: [REVOKE_RECORDS],
      dataFlow: ['Your OCN node is told to stop sending copies of your requests to the provider.'],
      notDone: [REVOKE_MAY_NOT_STOP, 'It does not delete anything from the provider: data already sent stays with it.'],
    },
  }
}
