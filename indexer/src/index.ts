import { ponder } from 'ponder:registry'
import { activity, agreement, agreementPeriod, node, party, service } from 'ponder:schema'
import {
  agreementAction,
  boundDetails,
  clipList,
  decodeNodeUpdate,
  decodePartyUpdate,
  decodeServiceUpdate,
  type Decoded,
  type PartyState,
  serviceWriteBySelector,
} from '../../lib/history/decode'
import type { Hex } from '../../lib/history/types'
import { permissionsAbi } from '../../lib/ocn/abi'

type EventAt = { id: string; block: { number: bigint; timestamp: bigint }; transaction: { hash: Hex; from: Hex } }

const lower = (address: Hex) => address.toLowerCase() as Hex

/** The columns every activity row shares: where it happened and who sent the transaction. */
function at(event: EventAt) {
  return { id: event.id, block: event.block.number, time: event.block.timestamp, tx: event.transaction.hash, sender: lower(event.transaction.from) }
}

function row(event: EventAt, decoded: Decoded, subject: Hex | null, provider: Hex | null) {
  return { ...at(event), kind: decoded.kind, details: boundDetails(decoded.details), subject, provider }
}

ponder.on('Registry:OperatorUpdate', async ({ event, context }) => {
  const operator = lower(event.args.operator)
  const before = await context.db.find(node, { operator })
  await context.db.insert(activity).values(row(event, decodeNodeUpdate(before?.domain ?? null, event.args.domain), operator, null))
  await context.db.insert(node).values({ operator, domain: event.args.domain }).onConflictDoUpdate({ domain: event.args.domain })
})

ponder.on('Registry:PartyUpdate', async ({ event, context }) => {
  const address = lower(event.args.partyAddress)
  const next: PartyState = {
    countryCode: event.args.countryCode,
    partyId: event.args.partyId,
    roles: [...event.args.roles],
    modulesSender: [...event.args.modulesSender],
    modulesReceiver: [...event.args.modulesReceiver],
    operator: lower(event.args.operatorAddress),
  }
  const known = await context.db.find(party, { address })
  // setParty wipes the modules and setPartyModules re-sets them: within one transaction that is one change, told
  // against the state before the transaction and written over the row its first event wrote.
  if (known && known.lastTx === event.transaction.hash) {
    const decoded = decodePartyUpdate(known.stateBeforeTx, next)
    await context.db.update(activity, { id: known.lastActivityId }).set({ kind: decoded.kind, details: boundDetails(decoded.details) })
    await context.db.update(party, { address }).set({ state: next })
    return
  }
  const before = known?.state ?? null
  await context.db.insert(activity).values(row(event, decodePartyUpdate(before, next), address, null))
  const tracked = { state: next, lastTx: event.transaction.hash, stateBeforeTx: before, lastActivityId: event.id }
  await context.db.insert(party).values({ address, ...tracked }).onConflictDoUpdate(tracked)
})

ponder.on('Permissions:ServiceUpdate', async ({ event, context }) => {
  const provider = lower(event.args.provider)
  const permissionsAddress = context.contracts.Permissions.address
  let write: { withdraw: boolean; decidedBy: 'selector' | 'state' }
  const bySelector = serviceWriteBySelector(event.transaction, permissionsAddress)
  if (bySelector) {
    write = { withdraw: bySelector === 'withdraw', decidedBy: 'selector' }
  } else {
    // Not a direct call: the state right after the block says whether the service still stands.
    const [, , , , permissions] = await context.client.readContract({
      abi: permissionsAbi,
      address: permissionsAddress,
      functionName: 'getService',
      args: [event.args.provider],
      blockNumber: event.block.number,
    })
    write = { withdraw: permissions.length === 0, decidedBy: 'state' }
  }
  const before = await context.db.find(service, { provider })
  const next = { name: event.args.name, url: event.args.url, permissions: event.args.permissions.map(String) }
  const decoded = decodeServiceUpdate(before ?? null, next, write)
  await context.db.insert(activity).values(row(event, decoded, provider, provider))
  // A withdrawal keeps the listing it withdrew, so a re-listing is told against it.
  const state = write.withdraw ? { withdrawn: true } : { ...next, withdrawn: false }
  if (before) await context.db.update(service, { provider }).set(state)
  else await context.db.insert(service).values({ provider, ...next, withdrawn: write.withdraw })
})

ponder.on('Permissions:ServiceAgreement', async ({ event, context }) => {
  const user = lower(event.args.user)
  const provider = lower(event.args.provider)
  const key = `${user}:${provider}`
  const standing = await context.db.find(agreement, { key })
  const { action, decidedBy } = agreementAction(event.transaction, context.contracts.Permissions.address, standing?.active ?? false)
  const permissions = clipList((await context.db.find(service, { provider }))?.permissions ?? [])
  const kind = action === 'created' ? 'agreement-created' : 'agreement-revoked'
  await context.db.insert(activity).values(row(event, { kind, details: { permissions, decidedBy } }, user, provider))

  if (action === 'created') {
    await context.db.insert(agreementPeriod).values({
      id: event.id,
      user,
      provider,
      agreedBlock: event.block.number,
      agreedTime: event.block.timestamp,
      agreedTx: event.transaction.hash,
      permissions,
    })
    await context.db.insert(agreement).values({ key, active: true, periodId: event.id }).onConflictDoUpdate({ active: true, periodId: event.id })
    return
  }
  if (standing?.active && standing.periodId) {
    await context.db
      .update(agreementPeriod, { id: standing.periodId })
      .set({ revokedBlock: event.block.number, revokedTime: event.block.timestamp, revokedTx: event.transaction.hash })
  }
  await context.db.insert(agreement).values({ key, active: false, periodId: null }).onConflictDoUpdate({ active: false, periodId: null })
})

ponder.on('Registry:OwnershipTransferred', async ({ event, context }) => {
  const previousOwner = lower(event.args.previousOwner)
  const newOwner = lower(event.args.newOwner)
  await context.db.insert(activity).values(row(event, { kind: 'ownership-transferred', details: { previousOwner, newOwner } }, newOwner, null))
})
