/**
 * The e2e indexer as tests drive it (started by scripts/e2e-server.ts), and the history areas as a user sees them.
 * A test that asserts history waits for the indexer to reach the chain's head first: never a sleep.
 */
import { request } from 'node:http'
import { expect, type Locator, type Page } from '@playwright/test'
import type { HistoryStatus } from '../../lib/history/types'
import { chainClient, E2E_INDEXER_CONTROL_SOCKET, E2E_INDEXER_URL, rpc } from './chain'

function control(method: 'GET' | 'POST', path: string): Promise<{ pid: number | null }> {
  return new Promise((resolve, reject) => {
    const call = request({ socketPath: E2E_INDEXER_CONTROL_SOCKET, method, path }, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (body += chunk))
      response.on('end', () => (response.statusCode === 200 ? resolve(JSON.parse(body) as { pid: number | null }) : reject(new Error(`indexer ${path}: ${body}`))))
    })
    call.on('error', reject)
    call.end()
  })
}

/** How long a fresh indexer may take to answer and index the seeded chain on a loaded machine (measured: ~55 s). */
export const INDEXER_START_MS = 120_000

/** Stops the indexer and resolves once it has exited: the app's history areas then find nobody answering. */
export async function stopIndexer(): Promise<void> {
  await control('POST', '/stop')
}

/** Starts the indexer afresh (an empty database, indexing the chain as it now is); resolves once it answers. */
export async function startIndexer(): Promise<number> {
  const { pid } = await control('POST', '/start')
  if (pid === null) throw new Error('The e2e indexer did not start.')
  return pid
}

/**
 * Cuts the indexer off the chain (its RPC proxy fails every request) while its API keeps answering: it falls
 * behind the head. `releaseIndexerRpc` lets it catch up.
 */
export async function holdIndexerRpc(): Promise<void> {
  await control('POST', '/rpc/hold')
}

export async function releaseIndexerRpc(): Promise<void> {
  await control('POST', '/rpc/pass')
}

export async function indexerPid(): Promise<number | null> {
  return (await control('GET', '/')).pid
}

async function indexerStatus(): Promise<HistoryStatus | null> {
  try {
    const response = await fetch(`${E2E_INDEXER_URL}/history/status`, { signal: AbortSignal.timeout(2_000) })
    return response.ok ? ((await response.json()) as HistoryStatus) : null
  } catch {
    return null
  }
}

/** The chain's head now (viem's getBlockNumber caches it for seconds). */
export async function chainHead(): Promise<bigint> {
  return BigInt(await rpc<string>('eth_blockNumber'))
}

/**
 * Waits until the indexer has processed the chain's current head (or `block`). The block's time is compared too:
 * every test reverts the chain, so an indexer that has not yet seen a revert can report the same height from the
 * abandoned branch.
 */
export async function waitForIndexer(block?: bigint, timeoutMs = INDEXER_START_MS): Promise<void> {
  const target = await chainClient.getBlock(block === undefined ? { blockTag: 'latest' } : { blockNumber: block })
  await expect
    .poll(
      async () => {
        const status = await indexerStatus()
        if (!status) return 'not answering'
        if (!status.indexedBlock) return 'no block indexed yet'
        const indexed = BigInt(status.indexedBlock)
        if (indexed < target.number) return `indexed ${indexed} of ${target.number}`
        if (indexed === target.number && status.indexedTime !== Number(target.timestamp)) return `block ${indexed} of an abandoned branch`
        return 'reached'
      },
      { message: `the indexer reaches block ${target.number}`, timeout: timeoutMs, intervals: [100, 250, 500] },
    )
    .toBe('reached')
}

/** One history area (a timeline, agreement dates): its state and, once ready, its rows. */
export class HistoryArea {
  constructor(readonly root: Locator) {}

  static of(page: Page, testId: string): HistoryArea {
    return new HistoryArea(page.getByTestId(testId))
  }

  /** The wrapper carrying data-state: the area itself, one inside it, or the one around it. */
  get wrapper(): Locator {
    return this.root
      .locator('xpath=descendant-or-self::*[@data-testid="history"]')
      .or(this.root.locator('xpath=ancestor::*[@data-testid="history"]'))
      .first()
  }

  get status(): Locator {
    return this.wrapper.getByTestId('history-status')
  }

  get items(): Locator {
    return this.wrapper.getByTestId('timeline-item')
  }

  /** The rows' kinds, newest first as the timeline lists them. */
  async kinds(): Promise<string[]> {
    return this.items.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-kind') ?? ''))
  }

  async expectState(state: 'ready' | 'catching-up' | 'unavailable'): Promise<void> {
    await expect(this.wrapper).toHaveAttribute('data-state', state)
  }

  async expectUnavailable(): Promise<void> {
    await this.expectState('unavailable')
    await expect(this.status).toContainText('History unavailable')
  }
}

/** The `nth` <time> inside `scope` stands for the block time `seconds` (its dateTime, whatever the locale shows). */
export async function expectTimeAt(scope: Locator, seconds: number, nth = 0): Promise<void> {
  const time = scope.locator('time').nth(nth)
  await expect(time).toHaveAttribute('datetime', /.+/)
  expect(Date.parse((await time.getAttribute('datetime'))!), 'the time shown').toBe(seconds * 1000)
  await expect(time).not.toHaveText('')
}
