import type { Address } from 'viem'
import type { Network } from '../chain/networks'
import { formatCredentials } from '../ocn/codecs'
import type { Party } from '../ocn/reads'
import { deletePartyRequest } from '../ocn/writes'
import { identityActionKey, identityStepKey } from '../tx/action-keys'
import { type WriteAction } from './action'

export function deletePartyAction(network: Network, account: Address, party: Party): WriteAction {
  const credentials = formatCredentials(party)
  return {
    key: identityActionKey('party', account),
    steps: [{ label: 'Delete your party (deleteParty)', request: deletePartyRequest(network), key: identityStepKey('deleteParty', account) }],
    summary: {
      title: `Delete your party ${credentials}`,
      changes: [`The Registry removes ${credentials} and its OCPI modules.`, `${credentials} is released for any address to list.`],
      dataFlow: [`OCN nodes stop routing OCPI messages for ${credentials}: it sends and receives nothing over OCN until it is listed again.`],
      notDone: [
        'It does not revoke your agreements or delete your service: they stay in the Permissions contract.',
        "Your address stays in the Registry's list of parties, with no node.",
      ],
    },
  }
}
