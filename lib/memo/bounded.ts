/**
 * A memo that holds at most `capacity` values and forgets the least recently used first, for values derived
 * from input a visitor controls (a search, a list from the chain): memory stays bounded whatever is asked.
 */
export type BoundedMemo<K, V> = {
  get: (key: K, compute: () => V) => V
  size: () => number
}

export function boundedMemo<K, V>(capacity: number): BoundedMemo<K, V> {
  // A Map iterates in insertion order: re-inserting on a hit makes the first key the least recently used.
  const values = new Map<K, V>()
  return {
    get: (key, compute) => {
      let value: V
      if (values.has(key)) {
        value = values.get(key) as V
        values.delete(key)
      } else {
        value = compute()
      }
      values.set(key, value)
      if (values.size > capacity) values.delete(values.keys().next().value as K)
      return value
    },
    size: () => values.size,
  }
}
