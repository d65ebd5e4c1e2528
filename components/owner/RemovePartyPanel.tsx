'use client'

import { useTranslations } from 'next-intl'
import type { Address } from 'viem'
import type { Network } from '@/lib/chain/networks'
import { formatCredentials } from '@/lib/ocn/codecs'
import type { Party } from '@/lib/ocn/reads'
import type { DeskData } from '@/lib/owner/desk-reads'
import { typedForm } from '@/lib/owner/desk-form'
import { adminDeletePartyAction, partyRemovalConsequences } from '@/lib/writes/admin-delete-party'
import { RemovalPanel } from './RemovalPanel'

type Props = { network: Network; owner: Address; desk: DeskData; onDone: (message: string) => void }

/** Remove a party by its credentials (adminDeleteParty), confirmed by typing them: "DE*MSP". */
export function RemovePartyPanel({ network, owner, desk, onDone }: Props) {
  const t = useTranslations()
  const serviceOf = (party: Party) => (party.address in desk.serviceNames ? { name: desk.serviceNames[party.address] } : null)
  return (
    <RemovalPanel
      network={network}
      owner={owner}
      kind="delete-party"
      testId="owner-remove-party"
      heading="Remove a party"
      noun="party"
      items={desk.parties.map((party) => ({ key: party.address, label: typedForm(formatCredentials(party)), target: { party: party.address }, value: party }))}
      consequencesOf={(party) => partyRemovalConsequences(party, serviceOf(party), t)}
      actionOf={(party, reason) => adminDeletePartyAction(network, owner, party, serviceOf(party), reason, t)}
      onDone={onDone}
    />
  )
}
