import { index, onchainTable } from 'ponder'
import type { PartyState } from '../lib/history/decode'
import type { ActivityDetails, ActivityKind } from '../lib/history/types'

/** Every event of both contracts, decoded (lib/history/decode.ts): what the history API serves. */
export const activity = onchainTable(
  'activity',
  (t) => ({
    id: t.text().primaryKey(),
    kind: t.text().$type<ActivityKind>().notNull(),
    block: t.bigint().notNull(),
    time: t.bigint().notNull(),
    tx: t.hex().notNull(),
    sender: t.hex().notNull(),
    subject: t.hex(),
    provider: t.hex(),
    details: t.json().$type<ActivityDetails>().notNull(),
  }),
  // Pages are "newest first before an id" per party or per service: these make each page an index range.
  (table) => ({ subjectIdx: index().on(table.subject, table.id), providerIdx: index().on(table.provider, table.id) }),
)

/** One agreement from creation to revocation; `id` is the creating event's id. */
export const agreementPeriod = onchainTable(
  'agreement_period',
  (t) => ({
    id: t.text().primaryKey(),
    user: t.hex().notNull(),
    provider: t.hex().notNull(),
    agreedBlock: t.bigint().notNull(),
    agreedTime: t.bigint().notNull(),
    agreedTx: t.hex().notNull(),
    permissions: t.json().$type<string[]>().notNull(),
    revokedBlock: t.bigint(),
    revokedTime: t.bigint(),
    revokedTx: t.hex(),
  }),
  (table) => ({ userIdx: index().on(table.user, table.id), providerIdx: index().on(table.provider, table.id) }),
)

// Current state, kept only to tell what each event changed (the app reads current state from view calls).

export const node = onchainTable('node', (t) => ({ operator: t.hex().primaryKey(), domain: t.text().notNull() }))

export const party = onchainTable('party', (t) => ({
  address: t.hex().primaryKey(),
  state: t.json().$type<PartyState>().notNull(),
  /** The last transaction that updated the party, its state before that transaction, and the row it wrote. */
  lastTx: t.hex().notNull(),
  stateBeforeTx: t.json().$type<PartyState | null>(),
  lastActivityId: t.text().notNull(),
}))

export const service = onchainTable('service', (t) => ({
  provider: t.hex().primaryKey(),
  name: t.text().notNull(),
  url: t.text().notNull(),
  permissions: t.json().$type<string[]>().notNull(),
  withdrawn: t.boolean().notNull(),
}))

/** Per (user, provider): whether an agreement stands, and the period it belongs to. */
export const agreement = onchainTable('agreement', (t) => ({
  key: t.text().primaryKey(),
  active: t.boolean().notNull(),
  periodId: t.text(),
}))
