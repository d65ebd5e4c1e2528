'use client'

import { useCallback, useState } from 'react'
import type { Address } from 'viem'
import type { Network } from '@/lib/chain/networks'
import { useDraft } from '@/lib/hooks/useDraft'
import { nextStepOf } from '@/lib/identity/next-step'
import { type ModulesDraft, modulesDraftOf } from '@/lib/identity/party-form'
import { formatCredentials } from '@/lib/ocn/codecs'
import type { Identity, Node } from '@/lib/ocn/reads'
import { ModulesStep } from './ModulesStep'
import { NextStepPanel } from './NextStepPanel'
import { NodeStep } from './NodeStep'
import { PartyStep } from './PartyStep'

export type ModulesDraftState = ReturnType<typeof useDraft<ModulesDraft>>

type Props = { network: Network; account: Address; identity: Identity; nodes: Node[] }

/** Takes the visitor to a step of the page: its heading gets focus, so keyboard and screen reader land there too. */
function goToStep(step: 'party-step' | 'modules-step') {
  const heading = document.getElementById(`${step}-title`)
  heading?.scrollIntoView({ block: 'start' })
  heading?.focus({ preventScroll: true })
}

/**
 * An OCN identity in the order most users need it: the party on a node chosen from the Registry's list, then its
 * modules, then what to do next; running a node is a separate path for node operators. Mounted once the chain was
 * read, so each draft starts from the account's listing when nothing typed is waiting in storage. Drafts are per
 * network and account.
 */
export function IdentityChecklist({ network, account, identity, nodes }: Props) {
  const draftKey = (form: string) => `identity:${network.chainId}:${account.toLowerCase()}:${form}`
  // Both the party and the modules steps send the modules: setParty wipes them, so an update re-applies them.
  const modules = useDraft<ModulesDraft>(draftKey('modules'), modulesDraftOf(identity.party))
  const next = nextStepOf(identity.party, identity.nodeDomain)
  // After a step's write is confirmed, focus goes to what to do next (once the fresh reads show it).
  const [focusNext, setFocusNext] = useState(false)
  const written = useCallback(() => setFocusNext(true), [])
  const focused = useCallback(() => setFocusNext(false), [])
  return (
    <div className="space-y-4">
      {next && (
        <NextStepPanel
          step={next}
          credentials={identity.party ? formatCredentials(identity.party) : null}
          onGo={goToStep}
          focusRequested={focusNext}
          onFocused={focused}
        />
      )}
      <ol className="space-y-4" data-testid="identity-checklist">
        <PartyStep
          network={network}
          account={account}
          party={identity.party}
          nodes={nodes}
          draftKey={draftKey('party')}
          modules={modules}
          mainAction={next === null}
          onWritten={written}
        />
        <ModulesStep network={network} account={account} party={identity.party} modules={modules} onWritten={written} />
      </ol>
      <NodeStep
        network={network}
        account={account}
        nodeDomain={identity.nodeDomain}
        nodes={nodes}
        draftKey={draftKey('node')}
        ownPartyOnNode={identity.party?.operator.toLowerCase() === account.toLowerCase()}
        onWritten={written}
      />
    </div>
  )
}
