import type { Translate } from '../i18n/translate'
import type { Address } from 'viem'
import type { Network } from '../chain/networks'
import { formatCredentials } from '../ocn/codecs'
import type { Party } from '../ocn/reads'
import { deletePartyRequest } from '../ocn/writes'
import { identityActionKey, identityStepKey } from '../tx/action-keys'
import { type WriteAction } from './action'

export function deletePartyAction(network: Network, account: Address, party: Party, t: Translate): WriteAction {
  const credentials = formatCredentials(party)
  return {
    key: identityActionKey('party', account),
    steps: [{ label: t('writes.deleteParty.step'), request: deletePartyRequest(network), key: identityStepKey('deleteParty', account) }],
    summary: {
      title: t('writes.deleteParty.title', { credentials }),
      changes: [t('writes.deleteParty.removes', { credentials }), t('writes.deleteParty.released', { credentials })],
      dataFlow: [t('writes.deleteParty.flow', { credentials })],
      notDone: [
        t('writes.deleteParty.notRevoke'),
        t('writes.deleteParty.addressStays'),
      ],
    },
  }
}
