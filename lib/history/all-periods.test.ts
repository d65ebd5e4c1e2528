import { createServer, type Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readAllPeriods } from './all-periods'
import { historyPaths } from './client'
import type { AgreementPage, AgreementPeriod, Hex } from './types'

/**
 * A stand-in for the indexer's HTTP API serving a fixed history (the real indexer's paging is tested with it);
 * test files run one at a time, so it can share the silent-chain test's port.
 */
const PORT = Number(process.env.OCN_TEST_SILENT_PORT ?? 8643)
const BASE = `http://127.0.0.1:${PORT}`
const USER: Hex = '0x1111111111111111111111111111111111111111'

const history: AgreementPeriod[] = Array.from({ length: 250 }, (_, i) => {
  const id = String(1000 - i).padStart(6, '0')
  return { id, user: USER, provider: USER, agreed: { block: String(1000 - i), time: 1_700_000_000 + i, tx: `0x${'a'.repeat(64)}`, permissions: ['3'] }, revoked: null }
})

let mode: 'paged' | 'fail-second' | 'stuck' = 'paged'
const requested: string[] = []
let server: Server

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', BASE)
    requested.push(url.pathname + url.search)
    const before = url.searchParams.get('before')
    const limit = Number(url.searchParams.get('limit') ?? 50)
    if (mode === 'fail-second' && before) {
      response.writeHead(500).end('boom')
      return
    }
    const start = before ? history.findIndex((p) => p.id < before) : 0
    const items = start < 0 ? [] : history.slice(start, start + limit)
    const last = items.at(-1)
    const next = mode === 'stuck' ? (before ?? history[0].id) : start + limit < history.length && last ? last.id : null
    const page: AgreementPage = { items, next }
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(page))
  })
  await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve))
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

const pathOf = (before: string | undefined, limit: number) => historyPaths.partyAgreements(USER, before, limit)

describe('readAllPeriods', () => {
  it('follows the cursors through every page, newest first, none twice', async () => {
    mode = 'paged'
    requested.length = 0
    const read = await readAllPeriods(BASE, pathOf)
    expect(read.ok && read.periods.map((p) => p.id)).toEqual(history.map((p) => p.id))
    expect(requested).toHaveLength(3)
    expect(requested[1]).toBe(`/history/parties/${USER}/agreements?before=000901&limit=100`)
  })

  it('refuses a history longer than the bound rather than cutting it short', async () => {
    mode = 'paged'
    expect(await readAllPeriods(BASE, pathOf, 199)).toEqual({ ok: false, reason: 'too-many' })
    expect((await readAllPeriods(BASE, pathOf, 250)).ok).toBe(true)
  })

  it('fails as a whole when a page fails, and when the indexer does not answer', async () => {
    mode = 'fail-second'
    expect(await readAllPeriods(BASE, pathOf)).toEqual({ ok: false, reason: 'unreachable' })
    const nobody = `http://127.0.0.1:${PORT + 1000}`
    expect(await readAllPeriods(nobody, pathOf)).toEqual({ ok: false, reason: 'unreachable' })
  })

  it('gives up on a cursor that does not move instead of looping', async () => {
    mode = 'stuck'
    requested.length = 0
    expect(await readAllPeriods(BASE, pathOf)).toEqual({ ok: false, reason: 'unreachable' })
    expect(requested).toHaveLength(2)
  })
})
