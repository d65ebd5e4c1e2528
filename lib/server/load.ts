import 'server-only'
import type { Network } from '../chain/networks'
import { withReadBudget } from '../chain/read-budget'
import { describeReadError } from '../ocn/errors'

export type Loaded<T> = { ok: true; data: T } | { ok: false; error: string }

/** Runs a page's chain reads within the page's budget; a dead RPC or a wrong address becomes a sentence. */
export async function load<T>(network: Network, read: () => Promise<T>): Promise<Loaded<T>> {
  try {
    return { ok: true, data: await withReadBudget(read()) }
  } catch (error) {
    console.error(`[ocn] read failed on ${network.name}:`, error instanceof Error ? error.message : error)
    return { ok: false, error: describeReadError(error) }
  }
}
