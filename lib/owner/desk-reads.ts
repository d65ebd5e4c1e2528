import type { Translate } from '../i18n/translate'
import type { Address } from 'viem'
import type { ReadContext } from '../ocn/batch'
import { type Node, type Party, readNodes, readOwner, readParties, readServices } from '../ocn/reads'
import type { NewOwnerFacts } from './desk-form'

/**
 * What the owner's desk picks from: every live party and node (the page itself sends one page of each), the live
 * services by provider (a removal names the service that stops), and the owner, checked again when the desk opens.
 */
export type DeskData = { owner: Address; parties: Party[]; nodes: Node[]; serviceNames: Record<Address, string> }

export async function readDeskData(ctx: ReadContext): Promise<DeskData> {
  const [owner, parties, nodes, services] = await Promise.all([readOwner(ctx), readParties(ctx), readNodes(ctx), readServices(ctx)])
  const serviceNames: Record<Address, string> = {}
  for (const service of services) serviceNames[service.provider] = service.name
  return { owner, parties, nodes, serviceNames }
}

/** Why a removal or transfer cannot go ahead any more, read just before the wallet opens; null when it can. */
export async function deskRefusal(ctx: ReadContext, owner: Address, target: { party: Address } | { operator: Address } | null, t: Translate): Promise<string | null> {
  const [current, parties, nodes] = await Promise.all([readOwner(ctx), target && 'party' in target ? readParties(ctx) : null, target && 'operator' in target ? readNodes(ctx) : null])
  if (current !== owner) return t('owner.check.notOwner', { current })
  if (target && 'party' in target && !parties?.some((p) => p.address === target.party)) return t('owner.check.partyGone')
  if (target && 'operator' in target && !nodes?.some((n) => n.operator === target.operator)) return t('owner.check.nodeGone')
  return null
}

/** What the chain says of a would-be owner, for the transfer's warnings (lib/owner/desk-form newOwnerWarnings). */
export async function readNewOwnerFacts(ctx: ReadContext, address: Address): Promise<NewOwnerFacts> {
  const [code, transactions, balance] = await Promise.all([
    ctx.client.getCode({ address }),
    ctx.client.getTransactionCount({ address }),
    ctx.client.getBalance({ address }),
  ])
  return { hasCode: code !== undefined && code !== '0x', transactions, balance }
}
