import { describe, expect, it } from 'vitest'
import { LogoStore } from './logo-store'

const logo = (size: number) => ({ type: 'image/png' as const, bytes: new Uint8Array(size) })

describe('LogoStore', () => {
  it('drops the least recently served logo beyond its count', () => {
    const store = new LogoStore({ maxLogos: 2, maxBytes: 1_000 })
    store.put('a', logo(10))
    store.put('b', logo(10))
    expect(store.get('a')).not.toBeNull()
    store.put('c', logo(10))
    expect(store.get('b')).toBeNull()
    expect(store.get('a')).not.toBeNull()
    expect(store.size()).toEqual({ logos: 2, bytes: 20 })
  })

  it('drops the oldest logos beyond its byte budget, and counts a replaced logo once', () => {
    const store = new LogoStore({ maxLogos: 100, maxBytes: 100 })
    store.put('a', logo(40))
    store.put('a', logo(40))
    store.put('b', logo(40))
    expect(store.size()).toEqual({ logos: 2, bytes: 80 })
    store.put('c', logo(40))
    expect(store.get('a')).toBeNull()
    expect(store.size()).toEqual({ logos: 2, bytes: 80 })
  })
})
