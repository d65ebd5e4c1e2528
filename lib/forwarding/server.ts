import type { Address } from 'viem'
import { readAll, unique } from '../ocn/batch'
import { permissionsRead } from '../ocn/calls'
import { agreementsPiece, partyAddresses, servicesByProvider } from '../ocn/pieces'
import type { Party } from '../ocn/reads'
import { piece, type Snapshot } from '../reads/snapshot-cache'
import { forwardInputsOf } from './inputs'
import type { ForwardInputs } from './preview'

type AgreementLists = ReadonlyMap<Address, readonly Address[]>

/**
 * Every party's agreement list as ocn-node reads it (getUserAgreementsByOcpi is `providersOf[user]`, the same list
 * getUserAgreementsByAddress returns): revoked providers and repeats kept, which the shared agreement graph drops.
 * One round over the party list, once per snapshot; a ServiceAgreement event names the only user whose list may
 * have grown, so a patch re-reads those lists alone.
 */
export const agreementListsPiece = piece(
  'agreement-lists',
  async ({ ctx, get }): Promise<AgreementLists> => {
    const users = await get(partyAddresses)
    const lists = await readAll(ctx, users.map((user) => permissionsRead(ctx, 'getUserAgreementsByAddress', [user])))
    return new Map(users.map((user, i) => [user, lists[i]]))
  },
  async ({ ctx, previous, changes }): Promise<AgreementLists> => {
    const users = unique(changes.agreements.map((agreement) => agreement.user))
    if (users.length === 0) return previous
    const lists = await readAll(ctx, users.map((user) => permissionsRead(ctx, 'getUserAgreementsByAddress', [user])))
    const next = new Map(previous)
    users.forEach((user, i) => next.set(user, lists[i]))
    return next
  },
)

type Pieces = Pick<Snapshot, 'get'>

/**
 * The forwarding inputs of each sender, from the snapshot: no read of its own beyond the lists piece. The senders
 * may still be on their way (a page's own read): the pieces start at once, so a cold snapshot reads the lists in
 * the same round as the agreement graph rather than one round later.
 */
export async function forwardInputsView(s: Pieces, senders: readonly Party[] | Promise<readonly Party[]>): Promise<ForwardInputs[]> {
  const [lists, graph, services, parties] = await Promise.all([s.get(agreementListsPiece), s.get(agreementsPiece), s.get(servicesByProvider), senders])
  return parties.map((sender) =>
    forwardInputsOf(sender, lists.get(sender.address) ?? [], graph.byUser.get(sender.address) ?? [], (provider) => services.get(provider)),
  )
}
