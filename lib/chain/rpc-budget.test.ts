import { describe, expect, it } from 'vitest'
import { groupWithinBudget } from './rpc-budget'

const calls = (...sizes: number[]) => sizes.map((size) => 'x'.repeat(size))

describe('groupWithinBudget', () => {
  it('keeps calls in order and each group within the call count', () => {
    expect(groupWithinBudget(calls(1, 1, 1, 1, 1), { maxBodyBytes: 1_000, maxCallsPerBatch: 2 })).toEqual([[0, 1], [2, 3], [4]])
  })

  it('closes a group before its body (brackets and commas included) would pass the byte budget', () => {
    // [a,b] with 10-byte calls is 2 + 11 + 11 = 24 bytes; a third call would make 35.
    expect(groupWithinBudget(calls(10, 10, 10), { maxBodyBytes: 30, maxCallsPerBatch: 100 })).toEqual([[0, 1], [2]])
  })

  it('sends a call larger than the budget alone rather than dropping it', () => {
    expect(groupWithinBudget(calls(5, 500, 5), { maxBodyBytes: 100, maxCallsPerBatch: 100 })).toEqual([[0], [1], [2]])
  })

  it('counts bytes, not characters', () => {
    expect(groupWithinBudget(['"é"', '"é"'], { maxBodyBytes: 9, maxCallsPerBatch: 100 })).toEqual([[0], [1]])
  })
})
