import { describe, expect, it } from 'vitest'
import { historyApiPath, historyReadFromJson, historyReadToJson, isHistoryCursor, type HistoryRead } from './client'
import type { ActivityPage } from './types'

const page: ActivityPage = { items: [], next: '123' }

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
