import type { Translate } from '../i18n/translate'
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
export function partyRemovalConsequences(party: Party, service: RemovedPartyService, t: Translate): Omit<WriteSummary, 'title'> {
  const credentials = formatCredentials(party)
  return {
    changes: [
      t('writes.adminParty.removes', { credentials, address: party.address }),
      t('writes.adminParty.released', { credentials }),
    ],
    dataFlow: [
      t('writes.adminParty.flow', { credentials }),
      service ? t('writes.adminParty.service', { name: service.name }) : t('writes.adminParty.noService', { credentials }),
    ],
    notDone: [
      t('writes.adminParty.notDelete'),
      t('writes.adminParty.notStop'),
      t('writes.adminParty.addressStays'),
    ],
  }
}

/**
 * The Registry's owner removes a party's listing (adminDeleteParty, by its credentials). The contract then runs
 * the party's own deleteParty: the listing and its modules go, the credentials are released, the Permissions
 * contract is not touched (Registry.sol adminDeleteParty -> deleteParty(party)).
 */
export function adminDeletePartyAction(network: Network, owner: Address, party: Party, service: RemovedPartyService, reason: string, t: Translate): WriteAction {
  const credentials = formatCredentials(party)
  const { changes, dataFlow, notDone } = partyRemovalConsequences(party, service, t)
  return {
    key: ownerActionKey('delete-party', owner),
    steps: [
      {
        label: t('writes.adminParty.step', { credentials }),
        request: adminDeletePartyRequest(network, party),
        key: `owner:adminDeleteParty:${party.address.toLowerCase()}`,
      },
    ],
    summary: { title: t('writes.adminParty.title', { credentials }), changes: [...changes, reasonLine(reason, t)], dataFlow, notDone },
  }
}
