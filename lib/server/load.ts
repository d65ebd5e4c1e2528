import 'server-only'
import type { Network } from '../chain/networks'
import { type ReadBudget, withReadBudget } from '../chain/read-budget'
import { getTranslations } from 'next-intl/server'
import { BaseError } from 'viem'
import { describeReadError } from '../ocn/errors'

export type Loaded<T> = { ok: true; data: T } | { ok: false; error: string }

/** Runs a page's chain reads within the page's budget; a dead RPC or a wrong address becomes a sentence. */
export async function load<T>(network: Network, read: () => Promise<T>, budget: ReadBudget = {}): Promise<Loaded<T>> {
  try {
    return { ok: true, data: await withReadBudget(read(), budget) }
  } catch (error) {
    // viem's full message carries every request body (megabytes for a large catalog): the operator's log gets its
    // one-line summary and cause.
    const summary = error instanceof BaseError ? `${error.shortMessage} ${error.details ?? ''}` : error instanceof Error ? error.message : String(error)
    console.error(`[ocn] read failed on ${network.name}: ${summary.trim()}`)
    // Per request, in the visitor's language: the shared snapshot never holds this text.
    return { ok: false, error: describeReadError(error, await getTranslations()) }
  }
}
