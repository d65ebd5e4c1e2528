import { describe, expect, it } from 'vitest'
import { settlesWithin } from './settles-within'

const after = <T>(ms: number, value: T, fail = false) =>
  new Promise<T>((resolve, reject) => setTimeout(() => (fail ? reject(new Error('read failed')) : resolve(value)), ms))

describe('settlesWithin', () => {
  it('is true for a promise that is already settled or settles in time', async () => {
    expect(await settlesWithin(Promise.resolve(1), 50)).toBe(true)
    expect(await settlesWithin(after(5, 'x'), 200)).toBe(true)
  })

  it('counts a rejection in time as settled, without swallowing it for the caller', async () => {
    const failing = after(5, null, true)
    expect(await settlesWithin(failing, 200)).toBe(true)
    await expect(failing).rejects.toThrow('read failed')
  })

  it('is false once the time is up, and the promise still resolves for whoever waits on it', async () => {
    const slow = after(150, 'late')
    const started = performance.now()
    expect(await settlesWithin(slow, 30)).toBe(false)
    expect(performance.now() - started).toBeLessThan(140)
    expect(await slow).toBe('late')
  })
})
