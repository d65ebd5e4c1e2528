'use client'

import type { Address } from 'viem'
import type { Network } from '@/lib/chain/networks'
import { useDraft } from '@/lib/hooks/useDraft'
import { type ModulesDraft, modulesDraftOf } from '@/lib/identity/party-form'
import type { Identity, Node } from '@/lib/ocn/reads'
import { ModulesStep } from './ModulesStep'
import { NodeStep } from './NodeStep'
import { PartyStep } from './PartyStep'

export type ModulesDraftState = ReturnType<typeof useDraft<ModulesDraft>>

type Props = { network: Network; account: Address; identity: Identity; nodes: Node[] }

/**
 * The three steps of an OCN identity. Mounted once the chain was read, so each draft starts from the account's
 * listing when nothing typed is waiting in storage. Drafts are per network and account.
 */
export function IdentityChecklist({ network, account, identity, nodes }: Props) {
  const draftKey = (form: string) => `identity:${network.chainId}:${account.toLowerCase()}:${form}`
  // Both the party and the modules steps send the modules: setParty wipes them, so an update re-applies them.
  const modules = useDraft<ModulesDraft>(draftKey('modules'), modulesDraftOf(identity.party))
  return (
    <ol className="space-y-4" data-testid="identity-checklist">
      <NodeStep
        network={network}
        account={account}
        nodeDomain={identity.nodeDomain}
        nodes={nodes}
        draftKey={draftKey('node')}
        ownPartyOnNode={identity.party?.operator.toLowerCase() === account.toLowerCase()}
      />
      <PartyStep network={network} account={account} party={identity.party} nodes={nodes} draftKey={draftKey('party')} modules={modules} />
      <ModulesStep network={network} account={account} party={identity.party} modules={modules} />
    </ol>
  )
}
