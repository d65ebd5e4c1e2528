import { describe, expect, it } from 'vitest'
import { CheckLimiter, clientKey } from './check-limiter'

function limiter(overrides: { maxTracked?: number } = {}) {
  let t = 5_000_000
  const l = new CheckLimiter({ perUrlMs: 5_000, perClientPerMinute: 30, maxTracked: overrides.maxTracked ?? 10_000, now: () => t })
  return { l, advance: (ms: number) => (t += ms) }
}

describe('CheckLimiter', () => {
  it('allows one fresh check of a URL per 5 s, whoever asks', () => {
    const { l, advance } = limiter()
    expect(l.take('a', 'https://p.example/ocn.json', { fresh: true })).toEqual({ ok: true })
    advance(3_200)
    expect(l.take('b', 'https://p.example/ocn.json', { fresh: true })).toEqual({
      ok: false,
      retryAfterSeconds: 2,
      reason: 'This URL was checked a moment ago; try again in a few seconds.',
    })
    expect(l.take('b', 'https://q.example/ocn.json', { fresh: true })).toEqual({ ok: true })
    advance(1_800)
    expect(l.take('b', 'https://p.example/ocn.json', { fresh: true })).toEqual({ ok: true })
  })

  it('does not limit a URL that was only looked up (not fresh) by the per-URL rule', () => {
    const { l } = limiter()
    expect(l.take('a', 'https://p.example/ocn.json', { fresh: false }).ok).toBe(true)
    expect(l.take('a', 'https://p.example/ocn.json', { fresh: true }).ok).toBe(true)
  })

  it('allows 30 fetching checks per client per minute, counted over a sliding minute', () => {
    const { l, advance } = limiter()
    for (let i = 0; i < 30; i++) {
      expect(l.take('a', `https://p${i}.example/`, { fresh: i % 2 === 0 }).ok).toBe(true)
      advance(1_000)
    }
    const refused = l.take('a', 'https://next.example/', { fresh: false })
    expect(refused).toEqual({ ok: false, retryAfterSeconds: 30, reason: 'Too many manifest checks from here; try again in a minute.' })
    expect(l.take('b', 'https://next.example/', { fresh: false }).ok).toBe(true)
    advance(29_999)
    expect(l.take('a', 'https://next.example/', { fresh: false }).ok).toBe(false)
    advance(1)
    expect(l.take('a', 'https://next.example/', { fresh: false }).ok).toBe(true)
    expect(l.take('a', 'https://other.example/', { fresh: false }).ok).toBe(false)
  })

  it('a refused check does not count against the URL (another client may check it)', () => {
    const { l } = limiter()
    for (let i = 0; i < 30; i++) l.take('a', `https://p${i}.example/`, { fresh: false })
    expect(l.take('a', 'https://z.example/', { fresh: true }).ok).toBe(false)
    expect(l.take('b', 'https://z.example/', { fresh: true }).ok).toBe(true)
  })

  it('remembers a bounded number of URLs and clients', () => {
    const { l, advance } = limiter({ maxTracked: 50 })
    for (let i = 0; i < 500; i++) {
      l.take(`client-${i}`, `https://p${i}.example/`, { fresh: true })
      advance(10)
    }
    expect(l.tracked().urls).toBeLessThanOrEqual(50)
    expect(l.tracked().clients).toBeLessThanOrEqual(50)
    // The most recent ones are kept, so they are still limited.
    expect(l.take('x', 'https://p499.example/', { fresh: true }).ok).toBe(false)
  })
})

describe('clientKey', () => {
  it('takes the X-Forwarded-For entry the proxy appended (not what the client forged before it), else X-Real-IP, else one shared key', () => {
    expect(clientKey(new Headers({ 'x-forwarded-for': 'forged-1, forged-2 , 203.0.113.9 ' }))).toBe('203.0.113.9')
    expect(clientKey(new Headers({ 'x-forwarded-for': '198.51.100.7' }))).toBe('198.51.100.7')
    expect(clientKey(new Headers({ 'x-real-ip': '198.51.100.2' }))).toBe('198.51.100.2')
    expect(clientKey(new Headers())).toBe('direct')
    expect(clientKey(new Headers({ 'x-forwarded-for': 'x'.repeat(500) })).length).toBe(100)
  })
})
