import { index, onchainTable } from 'ponder'

export const activity = onchainTable(
  'activity',
  (t) => ({
    id: t.text().primaryKey(),
    kind: t.text().notNull(),
    blockNumber: t.bigint().notNull(),
    timestamp: t.bigint().notNull(),
    txHash: t.hex().notNull(),
    sender: t.hex(),
    subject: t.hex(),
    provider: t.hex(),
    details: t.json(),
  }),
  (table) => ({ subjectIdx: index().on(table.subject, table.id), providerIdx: index().on(table.provider, table.id) }),
)
