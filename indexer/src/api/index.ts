import { type Context, Hono } from 'hono'
import { and, desc, eq, lt, sql } from 'ponder'
import { db } from 'ponder:api'
import { activity, agreementPeriod } from 'ponder:schema'
import { networkFromEnv } from '../../../lib/chain/networks'
import { decodeCheckpoint, isEventId } from '../../../lib/history/decode'
import type { ActivityItem, ActivityPage, AgreementPage, AgreementPeriod, HistoryStatus, Hex } from '../../../lib/history/types'

const app = new Hono()
const chainId = networkFromEnv(process.env).chainId

const DEFAULT_LIMIT = 50
const MAX_LIMIT = 100
const ADDRESS = /^0x[0-9a-fA-F]{40}$/

type Paging = { address: Hex; before: string | null; limit: number }

/** The path's address and the page asked for, or the reason they cannot be answered. */
function paging(c: Context): Paging | string {
  const address = c.req.param('address') ?? ''
  if (!ADDRESS.test(address)) return 'The address must be 0x followed by 40 hex digits.'
  const before = c.req.query('before') ?? null
  if (before !== null && !isEventId(before)) return '"before" must be an event id from a previous page.'
  const limitText = c.req.query('limit')
  const limit = limitText === undefined ? DEFAULT_LIMIT : Number(limitText)
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) return `"limit" must be a whole number from 1 to ${MAX_LIMIT}.`
  return { address: address.toLowerCase() as Hex, before, limit }
}

/** Trims a newest-first list fetched with one row too many into a page and the cursor of the next one. */
function page<T extends { id: string }>(rows: T[], limit: number): { items: T[]; next: string | null } {
  const items = rows.slice(0, limit)
  return { items, next: rows.length > limit ? items[items.length - 1].id : null }
}

type ActivityRow = typeof activity.$inferSelect
type PeriodRow = typeof agreementPeriod.$inferSelect

function activityItem(r: ActivityRow): ActivityItem {
  return {
    id: r.id,
    kind: r.kind,
    block: String(r.block),
    time: Number(r.time),
    tx: r.tx,
    sender: r.sender,
    subject: r.subject,
    provider: r.provider,
    details: r.details,
  }
}

function periodItem(r: PeriodRow): AgreementPeriod {
  return {
    id: r.id,
    user: r.user,
    provider: r.provider,
    agreed: { block: String(r.agreedBlock), time: Number(r.agreedTime), tx: r.agreedTx, permissions: r.permissions },
    revoked:
      r.revokedBlock !== null && r.revokedTime !== null && r.revokedTx !== null
        ? { block: String(r.revokedBlock), time: Number(r.revokedTime), tx: r.revokedTx }
        : null,
  }
}

/** Newest-first activity rows where `column` is the address; each call one index range. */
function activityWhere(column: typeof activity.subject | typeof activity.provider, p: Paging) {
  const where = and(eq(column, p.address), p.before ? lt(activity.id, p.before) : undefined)
  return db.select().from(activity).where(where).orderBy(desc(activity.id)).limit(p.limit + 1)
}

function periodsWhere(column: typeof agreementPeriod.user | typeof agreementPeriod.provider, p: Paging) {
  const where = and(eq(column, p.address), p.before ? lt(agreementPeriod.id, p.before) : undefined)
  return db.select().from(agreementPeriod).where(where).orderBy(desc(agreementPeriod.id)).limit(p.limit + 1)
}

app.get('/history/services/:address/activity', async (c) => {
  const p = paging(c)
  if (typeof p === 'string') return c.json({ error: p }, 400)
  const result: ActivityPage = page((await activityWhere(activity.provider, p)).map(activityItem), p.limit)
  return c.json(result)
})

app.get('/history/parties/:address/activity', async (c) => {
  const p = paging(c)
  if (typeof p === 'string') return c.json({ error: p }, 400)
  // What the party did (subject) and what was done with its service (provider): two index ranges, merged.
  const [own, withIt] = await Promise.all([activityWhere(activity.subject, p), activityWhere(activity.provider, p)])
  const byId = new Map([...own, ...withIt].map((r) => [r.id, r]))
  const rows = [...byId.values()].sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
  const result: ActivityPage = page(rows.map(activityItem), p.limit)
  return c.json(result)
})

app.get('/history/services/:address/agreements', async (c) => {
  const p = paging(c)
  if (typeof p === 'string') return c.json({ error: p }, 400)
  const result: AgreementPage = page((await periodsWhere(agreementPeriod.provider, p)).map(periodItem), p.limit)
  return c.json(result)
})

app.get('/history/parties/:address/agreements', async (c) => {
  const p = paging(c)
  if (typeof p === 'string') return c.json({ error: p }, 400)
  const result: AgreementPage = page((await periodsWhere(agreementPeriod.user, p)).map(periodItem), p.limit)
  return c.json(result)
})

// Ponder's own progress: the checkpoint table sits in the indexer's schema, which is the connection's search path.
app.get('/history/status', async (c) => {
  const rows = await db.execute<{ latest_checkpoint: string }>(sql`SELECT latest_checkpoint FROM _ponder_checkpoint LIMIT 1`)
  const checkpoint = rows.rows[0]?.latest_checkpoint
  const indexed = checkpoint ? decodeCheckpoint(checkpoint) : null
  const status: HistoryStatus = {
    chainId,
    indexedBlock: indexed ? String(indexed.block) : null,
    indexedTime: indexed ? indexed.time : null,
  }
  return c.json(status)
})

export default app
