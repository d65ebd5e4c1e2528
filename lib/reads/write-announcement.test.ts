import { describe, expect, it } from 'vitest'
import { MAX_ANNOUNCEMENT_BYTES, parseAnnouncement } from './write-announcement'

const HASH = `0x${'1f'.repeat(32)}`
const SAME = { origin: 'http://127.0.0.1:3000', host: '127.0.0.1:3000', fetchSite: 'same-origin' }

describe('parseAnnouncement', () => {
  it('takes a hash from the app’s own pages', () => {
    expect(parseAnnouncement(SAME, JSON.stringify({ hash: HASH }))).toEqual({ ok: true, hash: HASH })
    expect(parseAnnouncement({ ...SAME, fetchSite: null }, JSON.stringify({ hash: HASH }))).toEqual({ ok: true, hash: HASH })
  })

  it('refuses other sites, and requests that name no origin', () => {
    for (const headers of [
      { ...SAME, fetchSite: 'cross-site' },
      { ...SAME, fetchSite: 'same-site' },
      { ...SAME, origin: 'http://evil.example' },
      { ...SAME, origin: null },
      { ...SAME, origin: 'null' },
    ]) {
      expect(parseAnnouncement(headers, JSON.stringify({ hash: HASH }))).toMatchObject({ ok: false, status: 403 })
    }
  })

  it('refuses anything but one transaction hash, and large bodies', () => {
    for (const body of ['', 'nope', 'null', '{}', '{"hash":"0x12"}', `{"hash":"${HASH}0"}`, `{"hash":["${HASH}"]}`]) {
      expect(parseAnnouncement(SAME, body)).toMatchObject({ ok: false, status: 400 })
    }
    expect(parseAnnouncement(SAME, JSON.stringify({ hash: HASH, pad: 'x'.repeat(MAX_ANNOUNCEMENT_BYTES) }))).toMatchObject({ ok: false, status: 413 })
  })
})
