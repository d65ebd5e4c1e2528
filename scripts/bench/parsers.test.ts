import { describe, expect, it } from 'vitest'
import { performanceScore } from './lighthouse'
import { countListed } from './official-cli'

describe("the official CLI's output", () => {
  it('counts the services after its "connecting to" line', () => {
    const stdout = 'connecting to http://127.0.0.1:8622\n[\n  {\n    "name": "A"\n  },\n  {\n    "name": "B"\n  }\n]\n'
    expect(countListed(stdout)).toBe(2)
    expect(countListed('connecting to http://127.0.0.1:8622\n[]\n')).toBe(0)
  })

  it('refuses output without a list', () => {
    expect(() => countListed('connecting to http://127.0.0.1:8622\nError: could not detect network')).toThrow(/no JSON list/)
  })
})

describe("Lighthouse's report", () => {
  it('gives the performance score out of 100', () => {
    expect(performanceScore(JSON.stringify({ categories: { performance: { score: 0.874 } } }))).toBe(87)
  })

  it('has no score when the run failed, and says why', () => {
    expect(() => performanceScore(JSON.stringify({ categories: { performance: { score: null } }, runtimeError: { message: 'NO_FCP' } }))).toThrow(/NO_FCP/)
  })
})
