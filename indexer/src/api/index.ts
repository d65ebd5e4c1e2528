import { Hono } from 'hono'
import { sql } from 'ponder'
import { db } from 'ponder:api'
import { networkFromEnv } from '../../../lib/chain/networks'
import { decodeCheckpoint } from '../../../lib/history/decode'
import type { HistoryStatus } from '../../../lib/history/types'

const app = new Hono()
const chainId = networkFromEnv(process.env).chainId

// Ponder's own progress: the checkpoint table sits in the indexer's schema, which is the connection's search path.
app.get('/history/status', async (c) => {
  const rows = await db.execute<{ latest_checkpoint: string }>(sql`SELECT latest_checkpoint FROM _ponder_checkpoint LIMIT 1`)
  const row = rows.rows[0]
  const at = row ? decodeCheckpoint(row.latest_checkpoint) : null
  const status: HistoryStatus = {
    chainId,
    indexedBlock: at ? String(at.block) : null,
    indexedTime: at ? at.time : null,
  }
  return c.json(status)
})

export default app
