import type { Address } from 'viem'
import type { Network } from '../chain/networks'
import { transferOwnershipRequest } from '../ocn/writes'
import { ownerActionKey } from '../tx/action-keys'
import type { WriteAction } from './action'

/**
 * The Registry's owner hands it over (transferOwnership, OpenZeppelin Ownable). `warnings`: what the chain says
 * about the new owner that deserves a second look (lib/owner/desk-form newOwnerWarnings), repeated in the review.
 */
export function transferOwnershipAction(network: Network, owner: Address, newOwner: Address, warnings: readonly string[] = []): WriteAction {
  return {
    key: ownerActionKey('transfer', owner),
    steps: [{ label: `Hand the Registry over to ${newOwner} (transferOwnership)`, request: transferOwnershipRequest(network, newOwner), key: `owner:transferOwnership:${newOwner.toLowerCase()}` }],
    summary: {
      title: `Hand the Registry over to ${newOwner}`,
      changes: [
        `${newOwner} becomes the Registry's owner, and ${owner} no longer is.`,
        'You lose the owner\'s desk at once: only the new owner can remove nodes or parties, or hand the Registry over again.',
        ...warnings,
      ],
      dataFlow: ['No OCPI message is routed differently: the owner only decides who may remove listings.'],
      notDone: [
        'It cannot be undone from this account: only the new owner can hand the Registry back.',
        'It does not renounce ownership, which is not offered here: a Registry without an owner could never have a listing removed again.',
        'It changes no node, party, service or agreement.',
      ],
    },
  }
}
