import { describe, expect, it } from 'vitest'
import { boundedMemo } from './bounded'

describe('boundedMemo', () => {
  it('computes a key once and answers it from memory after', () => {
    const memo = boundedMemo<string, number>(4)
    let computed = 0
    const square = (n: number) => memo.get(String(n), () => (computed++, n * n))
    expect([square(3), square(3), square(4), square(3)]).toEqual([9, 9, 16, 9])
    expect(computed).toBe(2)
  })

  it('never holds more than its capacity, and forgets the least recently used first', () => {
    const memo = boundedMemo<number, number>(3)
    const computed: number[] = []
    const get = (n: number) => memo.get(n, () => (computed.push(n), n))
    for (let n = 0; n < 100; n++) get(n)
    expect(memo.size()).toBe(3)
    get(97)
    get(100)
    computed.length = 0
    // 97 was used just before 100 came in, so 98 was the one to go.
    ;[97, 99, 100, 98].forEach(get)
    expect(computed).toEqual([98])
    expect(memo.size()).toBe(3)
  })
})
