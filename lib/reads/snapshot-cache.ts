import type { Hex } from 'viem'
import type { ReadContext } from '../ocn/batch'

/**
 * The server's read layer: every value read from the chain is a "piece" (decoded objects, or something derived
 * from other pieces), cached in the snapshot of one chain head and shared by every visitor and page. Kept free of
 * 'server-only' so that tests can drive it against a real chain.
 */

export type Head = { hash: Hex; number: bigint }

export type PieceContext = {
  ctx: ReadContext
  /** Another piece of the same snapshot: pieces build on each other (a derived value reads no chain at all). */
  get: <T>(piece: Piece<T>) => Promise<T>
}

/** One cached value. The key names the piece, never a visitor's input: the set of pieces is fixed in code. */
export type Piece<T> = { key: string; read: (context: PieceContext) => Promise<T> }

export function piece<T>(key: string, read: (context: PieceContext) => Promise<T>): Piece<T> {
  return { key, read }
}

export type Snapshot = {
  /** Resolves once the head is known; pieces of a snapshot are only handed out after it. */
  head: Promise<Head>
  get: <T>(piece: Piece<T>) => Promise<T>
}

export class HeadReadError extends Error {
  override name = 'HeadReadError'
}

/**
 * The head as one plain JSON-RPC request, issued synchronously: viem's batch transport sends every request started
 * before the next macrotask in one HTTP batch, and this one goes first, so data read at 'latest' in the same batch
 * reflects this head or a newer one (a newer one is caught by the next head check), never an older one.
 */
function requestHead(ctx: ReadContext): Promise<Head> {
  return ctx.client.request({ method: 'eth_getBlockByNumber', params: ['latest', false] }).then((block) => {
    if (!block?.hash || !block.number) throw new HeadReadError('The RPC returned no latest block.')
    return { hash: block.hash, number: BigInt(block.number) }
  })
}

class SnapshotState implements Snapshot {
  private readonly values = new Map<string, Promise<unknown>>()

  constructor(
    private readonly ctx: ReadContext,
    readonly head: Promise<Head>,
  ) {
    // A failed head is reported through get(); this keeps an unobserved failure from being "unhandled".
    head.catch(() => undefined)
  }

  get<T>(wanted: Piece<T>): Promise<T> {
    return Promise.all([this.head, this.value(wanted)]).then(([, value]) => value)
  }

  /** One read per piece and snapshot, shared by every caller; a failure is forgotten so the next view retries. */
  private value<T>(wanted: Piece<T>): Promise<T> {
    let value = this.values.get(wanted.key) as Promise<T> | undefined
    if (!value) {
      value = wanted.read({ ctx: this.ctx, get: (other) => this.value(other) })
      this.values.set(wanted.key, value)
      value.catch(() => {
        if (this.values.get(wanted.key) === value) this.values.delete(wanted.key)
      })
    }
    return value
  }
}

export type CacheOptions = {
  /** How long a head check stands: 0 checks the head on every snapshot() call. */
  ttlMs: number
  now?: () => number
}

/**
 * The snapshot of one network's chain, checked against the head at most once per TTL. Within the TTL a view costs
 * no request; a head check with the same block hash keeps every piece; a new hash starts an empty snapshot. Keyed
 * on the hash, not the number: after evm_revert, or a reorg, the same number carries other state. Head checks and
 * piece reads are coalesced, so concurrent visitors cost what one does.
 */
type Entry = { snapshot: SnapshotState; checkedAt: number; settled: boolean }

export class SnapshotCache {
  private current: Entry | null = null
  private check: Promise<Snapshot> | null = null
  /** Whether the last head check found a new block: then the next one is expected to find one too. */
  private moving = false
  private readonly now: () => number

  constructor(
    private readonly ctx: ReadContext,
    private readonly options: CacheOptions,
  ) {
    this.now = options.now ?? Date.now
  }

  /** The snapshot a view reads from: synchronous while cached, so a warm view awaits nothing. */
  snapshot(): Snapshot | Promise<Snapshot> {
    const { current } = this
    if (!current) return this.cold()
    // A head still on its way is being checked right now, whatever the TTL.
    if (!current.settled || this.now() - current.checkedAt < this.options.ttlMs) return current.snapshot
    // On a chain that makes blocks (Energy Web Chain, Volta) nearly every check finds a new head: reading at once,
    // beside the head request, saves the round trip a check alone would cost first.
    if (this.moving) return this.cold(current)
    if (!this.check) {
      const check = this.recheck(current).finally(() => {
        if (this.check === check) this.check = null
      })
      this.check = check
    }
    return this.check
  }

  /** After a write this app saw confirmed: the next snapshot reads afresh, whatever the TTL. */
  invalidate(): void {
    this.current = null
    this.check = null
  }

  /**
   * Nothing cached (first view, after a failed head check or a confirmed write): the snapshot is handed out before
   * its head is known, so the head request and the view's first reads share one HTTP batch.
   */
  private cold(previous: Entry | null = null): Snapshot {
    const entry: Entry = { snapshot: new SnapshotState(this.ctx, requestHead(this.ctx)), checkedAt: this.now(), settled: false }
    this.current = entry
    Promise.all([entry.snapshot.head, previous?.snapshot.head]).then(
      ([head, before]) => {
        entry.settled = true
        if (before) this.moving = head.hash !== before.hash
      },
      () => {
        if (this.current === entry) this.current = null
      },
    )
    return entry.snapshot
  }

  private async recheck(previous: Entry): Promise<Snapshot> {
    const checkedAt = this.now()
    const [head, before] = await Promise.all([requestHead(this.ctx), previous.snapshot.head])
    // An invalidation while the head was on its way started a newer snapshot: that one wins.
    if (this.current !== previous) return this.snapshot()
    this.moving = head.hash !== before.hash
    const snapshot = this.moving ? new SnapshotState(this.ctx, Promise.resolve(head)) : previous.snapshot
    this.current = { snapshot, checkedAt, settled: true }
    return snapshot
  }
}
