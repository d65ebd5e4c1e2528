'use client'

import { useTranslations } from 'next-intl'
import type { Address } from 'viem'
import type { Network } from '@/lib/chain/networks'
import type { Node } from '@/lib/ocn/reads'
import type { DeskData } from '@/lib/owner/desk-reads'
import { typedForm } from '@/lib/owner/desk-form'
import { adminDeleteNodeAction, nodeRemovalConsequences } from '@/lib/writes/admin-delete-node'
import { RemovalPanel } from './RemovalPanel'

type Props = { network: Network; owner: Address; desk: DeskData; onDone: (message: string) => void }

/** Remove a node (adminDeleteOperator), confirmed by typing its URL exactly. */
export function RemoveNodePanel({ network, owner, desk, onDone }: Props) {
  const t = useTranslations()
  const onNode = (node: Node) => desk.parties.filter((party) => party.operator === node.operator)
  const providersOn = (node: Node) => onNode(node).filter((party) => party.address in desk.serviceNames)
  return (
    <RemovalPanel
      network={network}
      owner={owner}
      kind="delete-node"
      testId="owner-remove-node"
      heading="Remove a node"
      noun="node"
      items={desk.nodes.map((node) => ({ key: node.operator, label: typedForm(node.domain), target: { operator: node.operator }, value: node }))}
      consequencesOf={(node) => nodeRemovalConsequences(node, onNode(node), providersOn(node), t)}
      actionOf={(node, reason) => adminDeleteNodeAction(network, owner, node, onNode(node), providersOn(node), reason, t)}
      onDone={onDone}
    />
  )
}
