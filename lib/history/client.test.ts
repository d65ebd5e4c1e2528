import { describe, expect, it } from 'vitest'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { historyApiPath, historyCaughtUp, historyReadFromJson, historyReadToJson, isHistoryCursor, readHistory, type HistoryRead } from './client'
import type { ActivityPage, HistoryStatus } from './types'

const page: ActivityPage = { items: [], next: '123' }
const status51: HistoryStatus = { chainId: 31337, indexedBlock: '51', indexedTime: 112 }

describe('history reads as JSON', () => {
  it('carries block numbers as decimal strings and back, past 2^53', () => {
    const reads: HistoryRead<ActivityPage>[] = [
      { state: 'ready', data: page, indexedBlock: 2n ** 60n + 1n },
      { state: 'catching-up', data: null, indexedBlock: null, head: 51n },
      { state: 'catching-up', data: page, indexedBlock: 40n, head: 51n },
      { state: 'unavailable', reason: 'unreachable' },
    ]
    for (const read of reads) {
      const json = JSON.parse(JSON.stringify(historyReadToJson(read, { '0xab': 'DE*MSP' })))
      expect(historyReadFromJson(json)).toEqual(read)
      expect(json.names).toEqual({ '0xab': 'DE*MSP' })
    }
    expect(historyReadToJson({ state: 'ready', data: page, indexedBlock: 2n ** 60n + 1n })).toMatchObject({ indexedBlock: '1152921504606846977' })
  })

  it('builds only the four browser paths, lower-cased', () => {
    expect(historyApiPath('services', '0xABCDEF0000000000000000000000000000000001', 'activity', '99', 50)).toBe(
      '/api/history/services/0xabcdef0000000000000000000000000000000001/activity?before=99&limit=50',
    )
    expect(historyApiPath('parties', '0x00000000000000000000000000000000000000aa', 'agreements')).toBe('/api/history/parties/0x00000000000000000000000000000000000000aa/agreements')
  })

  it('accepts only plain cursors', () => {
    expect(isHistoryCursor('17640001000000000000003133700000000000000051000000000000000000000000000000000000')).toBe(true)
    for (const bad of ['', '../status', '1&limit=5', 'a b', 'x'.repeat(129)]) expect(isHistoryCursor(bad)).toBe(false)
  })
})

describe('whether the indexer has caught up with the page', () => {
  const status = (block: string | null, time: number | null) => ({ chainId: 31337, indexedBlock: block, indexedTime: time })

  it('is behind below the head, caught up at or past it on the same chain', () => {
    expect(historyCaughtUp(status(null, null), { number: 0n, time: 100 })).toBe(false)
    expect(historyCaughtUp(status('50', 100), { number: 51n, time: 112 })).toBe(false)
    expect(historyCaughtUp(status('51', 112), { number: 51n, time: 112 })).toBe(true)
    expect(historyCaughtUp(status('53', 130), { number: 51n, time: 112 })).toBe(true)
  })

  it('reads an indexer on an abandoned branch (after evm_revert or a reorg) as catching up', () => {
    // Same height, another block: the chain was reverted and mined again while the indexer kept the old block.
    expect(historyCaughtUp(status('51', 112), { number: 51n, time: 140 })).toBe(false)
    // Past the head but earlier: blocks the chain no longer has.
    expect(historyCaughtUp(status('55', 120), { number: 52n, time: 140 })).toBe(false)
    expect(historyCaughtUp(status('51', null), { number: 51n, time: 112 })).toBe(false)
  })

  it('falls back to the block number when the chain gave no time', () => {
    expect(historyCaughtUp(status('51', 112), { number: 51n, time: null })).toBe(true)
    expect(historyCaughtUp(status('50', 112), { number: 51n, time: null })).toBe(false)
  })
})

describe('readHistory', () => {
  it('marks a stale indexer at the same height as catching up, with what it has so far', async () => {
    const answers: Record<string, unknown> = { '/history/status': status51, '/history/services/0xab/activity': page }
    const server = createServer((request, response) => {
      const body = answers[request.url ?? '']
      response.writeHead(body ? 200 : 404, { 'content-type': 'application/json' }).end(JSON.stringify(body ?? {}))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      expect(await readHistory(base, '/history/services/0xab/activity', { number: 51n, time: 112 })).toEqual({ state: 'ready', data: page, indexedBlock: 51n })
      expect(await readHistory(base, '/history/services/0xab/activity', { number: 51n, time: 113 })).toEqual({ state: 'catching-up', data: page, indexedBlock: 51n, head: 51n })
      expect(await readHistory(base, '/history/services/0xab/activity', { number: 52n, time: 113 })).toEqual({ state: 'catching-up', data: page, indexedBlock: 51n, head: 52n })
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })
})
