import type { Translate } from '../i18n/translate'
import type { Address } from 'viem'
import type { Network } from '../chain/networks'
import { transferOwnershipRequest } from '../ocn/writes'
import { ownerActionKey } from '../tx/action-keys'
import type { WriteAction } from './action'

/**
 * The Registry's owner hands it over (transferOwnership, OpenZeppelin Ownable). `warnings`: what the chain says
 * about the new owner that deserves a second look (lib/owner/desk-form newOwnerWarnings), repeated in the review.
 */
export function transferOwnershipAction(network: Network, owner: Address, newOwner: Address, warnings: readonly string[], t: Translate): WriteAction {
  return {
    key: ownerActionKey('transfer', owner),
    steps: [{ label: t('writes.transfer.step', { owner: newOwner }), request: transferOwnershipRequest(network, newOwner), key: `owner:transferOwnership:${newOwner.toLowerCase()}` }],
    summary: {
      title: t('writes.transfer.title', { owner: newOwner }),
      changes: [
        t('writes.transfer.becomes', { newOwner, owner }),
        t('writes.transfer.loseDesk'),
        ...warnings,
      ],
      dataFlow: [t('writes.transfer.flow')],
      notDone: [
        t('writes.transfer.noUndo'),
        t('writes.transfer.noRenounce'),
        t('writes.transfer.noChange'),
      ],
    },
  }
}
