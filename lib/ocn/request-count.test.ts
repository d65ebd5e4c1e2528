import { createTestClient, type Hex, http } from 'viem'
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest'
import { seedBulkServices } from '../devnet/bulk'
import { countingFetch, testReadContext } from '../devnet/test-context'
import { readServices } from './reads'

/** Seeding 1,000 services takes about 2 s; the margin is for a busy 2-core machine. */
const SEEDING_TIMEOUT = 120_000

const MODES = [
  ['with Multicall3', true],
  ['deployless (no Multicall3)', false],
] as const

async function countedCatalog(multicall3: boolean): Promise<{ services: number; requests: number }> {
  const counter = countingFetch()
  const services = await readServices(testReadContext({ multicall3, fetchFn: counter.fetchFn }))
  return { services: services.length, requests: counter.count() }
}

/** Tops the catalog up to `total` live services with bulk parties. */
async function growCatalogTo(total: number): Promise<void> {
  const current = (await readServices(testReadContext())).length
  await seedBulkServices(inject('chainUrl'), total - current)
}

describe('the catalog costs two HTTP requests whatever its size', () => {
  const chain = () => createTestClient({ mode: 'anvil', transport: http(inject('chainUrl')) })
  let snapshot: Hex

  // Other test files share this chain and expect the pristine demo seed.
  beforeEach(async () => {
    snapshot = await chain().snapshot()
  })
  afterEach(async () => {
    await chain().revert({ id: snapshot })
  })

  it.each(MODES)('5 and 200 services take the same two requests, %s', async (_, multicall3) => {
    const pristine = await countedCatalog(multicall3)
    await growCatalogTo(200)
    const grown = await countedCatalog(multicall3)

    expect(pristine.services).toBe(5)
    expect(grown.services).toBe(200)
    expect(grown.requests).toBe(pristine.requests)
    expect(grown.requests).toBe(2)
  }, SEEDING_TIMEOUT)

  it.each(MODES)('1,000 services still take two requests, %s', async (_, multicall3) => {
    await growCatalogTo(1_000)
    expect(await countedCatalog(multicall3)).toEqual({ services: 1_000, requests: 2 })
  }, SEEDING_TIMEOUT)
})
