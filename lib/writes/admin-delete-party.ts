import type { Address } from 'viem'
import type { Network } from '../chain/networks'
import { formatCredentials } from '../ocn/codecs'
import type { Party } from '../ocn/reads'
import { adminDeletePartyRequest } from '../ocn/writes'
import { ownerActionKey } from '../tx/action-keys'
import type { WriteAction, WriteSummary } from './action'
import { reasonLine } from './admin-reason'

/** The party's service as it stands, if it offers one: its copies stop reaching it. */
export type RemovedPartyService = { name: string } | null

/** What removing the party does, shown as soon as the owner picks it and again in the review. */
export function partyRemovalConsequences(party: Party, service: RemovedPartyService): Omit<WriteSummary, 'title'> {
  const credentials = formatCredentials(party)
  return {
    changes: [
      `The Registry removes ${credentials} (${party.address}) and its OCPI modules, by the owner's authority.`,
      `${credentials} is released: any address can list these credentials.`,
    ],
    dataFlow: [
      `OCN nodes stop routing OCPI messages for ${credentials}: it sends and receives nothing over OCN until it is listed again.`,
      service
        ? `Its service "${service.name}" stops being deliverable: nodes send copies to the provider's listed party, and there is none. Parties that agreed to it send it nothing more.`
        : `${credentials} offers no service, so no agreement of other parties is affected.`,
    ],
    notDone: [
      'It does not delete its service or any agreement: they stay in the Permissions contract, and are active again if the party lists itself again.',
      'It does not stop the party from listing itself again: its address still holds its key.',
      "Its address stays in the Registry's list of parties, with no node.",
    ],
  }
}

/**
 * The Registry's owner removes a party's listing (adminDeleteParty, by its credentials). The contract then runs
 * the party's own deleteParty: the listing and its modules go, the credentials are released, the Permissions
 * contract is not touched (Registry.sol adminDeleteParty -> deleteParty(party)).
 */
export function adminDeletePartyAction(network: Network, owner: Address, party: Party, service: RemovedPartyService, reason: string): WriteAction {
  const credentials = formatCredentials(party)
  const { changes, dataFlow, notDone } = partyRemovalConsequences(party, service)
  return {
    key: ownerActionKey('delete-party', owner),
    steps: [
      {
        label: `Remove ${credentials} as the Registry's owner (adminDeleteParty)`,
        request: adminDeletePartyRequest(network, party),
        key: `owner:adminDeleteParty:${party.address.toLowerCase()}`,
      },
    ],
    summary: { title: `Remove the party ${credentials} from the Registry`, changes: [...changes, reasonLine(reason)], dataFlow, notDone },
  }
}
