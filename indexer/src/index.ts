import { ponder } from 'ponder:registry'
import { activity } from 'ponder:schema'

ponder.on('Registry:PartyUpdate', async ({ event, context }) => {
  await context.db.insert(activity).values({ id: event.id, kind: 'party', blockNumber: event.block.number, timestamp: event.block.timestamp, txHash: event.transaction.hash, sender: event.transaction.from, subject: event.args.partyAddress, details: { cc: event.args.countryCode, pid: event.args.partyId, op: event.args.operatorAddress, sel: event.transaction.input.slice(0, 10) } })
})
ponder.on('Registry:OperatorUpdate', async ({ event, context }) => {
  await context.db.insert(activity).values({ id: event.id, kind: 'node', blockNumber: event.block.number, timestamp: event.block.timestamp, txHash: event.transaction.hash, subject: event.args.operator, details: { domain: event.args.domain } })
})
ponder.on('Permissions:ServiceUpdate', async ({ event, context }) => {
  await context.db.insert(activity).values({ id: event.id, kind: 'service', blockNumber: event.block.number, timestamp: event.block.timestamp, txHash: event.transaction.hash, provider: event.args.provider, details: { name: event.args.name, url: event.args.url, permissions: event.args.permissions.map(String), sel: event.transaction.input.slice(0, 10) } })
})
ponder.on('Permissions:ServiceAgreement', async ({ event, context }) => {
  await context.db.insert(activity).values({ id: event.id, kind: 'agreement', blockNumber: event.block.number, timestamp: event.block.timestamp, txHash: event.transaction.hash, subject: event.args.user, provider: event.args.provider, details: { sel: event.transaction.input.slice(0, 10), to: event.transaction.to } })
})
