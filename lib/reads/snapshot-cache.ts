import { type Hex, hexToBigInt, numberToHex } from 'viem'
import type { ReadContext } from '../ocn/batch'
import { type ChainChanges, decodeChanges, type RawLog } from '../ocn/chain-changes'

/**
 * The server's read layer: every value read from the chain is a "piece" (decoded objects, or something derived
 * from other pieces), cached in the snapshot of one chain head and shared by every visitor and page. Kept free of
 * 'server-only' so that tests can drive it against a real chain.
 */

/** `time`: the block's timestamp, unix seconds (history compares it with the indexer's, lib/history/client.ts). */
export type Head = { hash: Hex; number: bigint; time: number }

export type PieceContext = {
  ctx: ReadContext
  /** Another piece of the same snapshot: pieces build on each other (a derived value reads no chain at all). */
  get: <T>(piece: Piece<T>) => Promise<T>
}

/**
 * What a piece patches itself from: its value at the head held before, and what the events of the blocks since
 * touched. `ctx` reads at the new head's block number, so the patch describes exactly that head.
 */
export type PatchContext<T> = PieceContext & { previous: T; changes: ChainChanges }

/**
 * One cached value. The key names the piece, never a visitor's input: the set of pieces is fixed in code. A piece
 * with `patch` follows contract events by re-reading only what they touched; one without it (a derived value) is
 * computed again from the patched pieces when asked.
 */
export type Piece<T> = {
  key: string
  read: (context: PieceContext) => Promise<T>
  patch?: (context: PatchContext<T>) => Promise<T>
}

export function piece<T>(key: string, read: Piece<T>['read'], patch?: Piece<T>['patch']): Piece<T> {
  return { key, read, patch }
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
    return { hash: block.hash, number: BigInt(block.number), time: Number(block.timestamp) }
  })
}

/**
 * The most blocks a head check looks through for events. On a 5 s chain that is almost three hours without a
 * view; past it, rebuilding costs about what one log query over the range would, and public RPCs refuse long ones.
 */
export const CARRY_OVER_MAX_BLOCKS = 2_000n

/**
 * The most logs a head check patches the held snapshot from; more are rebuilt. Each touches a few entries, read
 * again in one round, so 256 stay a small batch, while a bulk change (a migration, a seed) reads afresh.
 */
export const PATCH_MAX_LOGS = 256

type HeadCheck = {
  head: Promise<Head>
  /**
   * What changed in the contracts between the head checked before and `head` (nothing: the same state), or null
   * when in doubt: the snapshot is then rebuilt.
   */
  changes: Promise<ChainChanges | null>
}

type Limits = { maxBlocks: bigint; maxLogs: number }

/**
 * A head check that also finds out what the app reads changed since the head checked before: every state change
 * of the Registry and Permissions emits an event (OperatorUpdate, PartyUpdate, OwnershipTransferred,
 * ServiceUpdate, ServiceAgreement). All three requests start in this tick, the head first, so they share one
 * HTTP batch, and the logs, asked up to 'latest' after the head, cover every block up to it; those of blocks
 * mined meanwhile are left to the next check. The block at the number checked before must still carry its
 * hash: after a reorg or evm_revert the same number holds other state.
 */
function checkHead(ctx: ReadContext, before: Head, limits: Limits): HeadCheck {
  const head = requestHead(ctx)
  const logs = ctx.client.request({
    method: 'eth_getLogs',
    params: [{ address: [ctx.registry, ctx.permissions], fromBlock: numberToHex(before.number + 1n), toBlock: 'latest' }],
  })
  const ancestor = ctx.client.request({ method: 'eth_getBlockByNumber', params: [numberToHex(before.number), false] })
  const changes = Promise.all([head, logs, ancestor]).then(([head, logs, ancestor]) => {
    const follows = head.number > before.number && head.number - before.number <= limits.maxBlocks && ancestor?.hash === before.hash
    if (!follows || !Array.isArray(logs)) return null
    // Logs of blocks mined after the head belong to the next check, which asks from this head on.
    const upToHead = (logs as (RawLog & { blockNumber: Hex | null })[]).filter(
      (log) => log.blockNumber !== null && hexToBigInt(log.blockNumber) <= head.number,
    )
    return upToHead.length <= limits.maxLogs ? decodeChanges(ctx, upToHead) : null
  }, () => null)
  // A refused or failed log query (a range too long for this RPC, a node without logs) only costs a rebuild.
  return { head, changes }
}

function touchesNothing(changes: ChainChanges): boolean {
  return Object.values(changes).every((touched) => touched.length === 0)
}

/** The snapshot a new one starts from: the same contract state (carried whole), or changes to patch. */
type Predecessor = { snapshot: SnapshotState; changes: ChainChanges; at: ReadContext }

type Held = { piece: Piece<unknown>; value: Promise<unknown> }

class SnapshotState implements Snapshot {
  private readonly values = new Map<string, Held>()
  /** Set only while the constructor starts the patches, so that all of them share one HTTP batch. */
  private patching: Predecessor | null = null

  constructor(
    private readonly ctx: ReadContext,
    readonly head: Promise<Head>,
    predecessor?: Predecessor,
  ) {
    // A failed head is reported through get(); this keeps an unobserved failure from being "unhandled".
    head.catch(() => undefined)
    if (!predecessor) return
    if (touchesNothing(predecessor.changes)) {
      predecessor.snapshot.values.forEach((held, key) => this.keep(key, held))
      return
    }
    // Every patchable piece the predecessor held is patched now, not when a page asks: the re-reads of all of
    // them go in this tick's batch, one round trip after the head check, and no later view waits for another.
    this.patching = predecessor
    for (const { piece } of predecessor.snapshot.values.values()) if (piece.patch) this.value(piece)
    this.patching = null
  }

  get<T>(wanted: Piece<T>): Promise<T> {
    return Promise.all([this.head, this.value(wanted)]).then(([, value]) => value)
  }

  /**
   * One read (or patch) per piece and snapshot, shared by every caller; a failure is forgotten so the next view
   * retries, with a whole read.
   */
  private value<T>(wanted: Piece<T>): Promise<T> {
    const held = this.values.get(wanted.key)
    if (held) return held.value as Promise<T>
    const context: PieceContext = { ctx: this.ctx, get: (other) => this.value(other) }
    const before = this.patching?.snapshot.values.get(wanted.key)
    const { patch } = wanted
    let value: Promise<T>
    if (before && patch && this.patching) {
      const { changes, at } = this.patching
      value = (before.value as Promise<T>).then((previous) => patch({ ...context, ctx: at, previous, changes }))
    } else {
      value = wanted.read(context)
    }
    this.keep(wanted.key, { piece: wanted as Piece<unknown>, value })
    return value
  }

  private keep(key: string, held: Held): void {
    this.values.set(key, held)
    held.value.catch(() => {
      if (this.values.get(key) === held) this.values.delete(key)
    })
  }
}

export type CacheOptions = {
  /** How long a head check stands: 0 checks the head on every snapshot() call. */
  ttlMs: number
  now?: () => number
  /** The most blocks a head check looks through for events; more are rebuilt. CARRY_OVER_MAX_BLOCKS by default. */
  carryOverBlocks?: bigint
  /** The most logs a head check patches from; more are rebuilt. PATCH_MAX_LOGS by default. */
  patchMaxLogs?: number
  /**
   * Whether every new head is being pushed to markStale() right now (a live subscription). While it is, a held
   * head stands until the next push, up to PUSHED_HEAD_MAX_MS (or the TTL if longer), instead of the TTL.
   */
  headsPushed?: () => boolean
}

/** How long a head stands with nothing pushed: a subscription that went silent without closing is not trusted longer. */
export const PUSHED_HEAD_MAX_MS = 60_000

/**
 * The snapshot of one network's chain, checked against the head at most once per TTL. Within the TTL a view costs
 * no request; a head check with the same block hash keeps every piece, and so does one that finds newer blocks
 * without an event of either contract (checkHead): the new snapshot, keyed to the new head, reuses the old one's
 * values. Newer blocks with a few events patch the old pieces in one round (Piece.patch); anything else (too
 * many logs, one of unknown kind, a replaced ancestor) starts an empty snapshot. Keyed on the hash, not the
 * number: after evm_revert, or a reorg, the same number carries other state. Head checks and piece reads are
 * coalesced, so concurrent visitors cost what one does. While new heads are pushed (headsPushed), the TTL gives
 * way to the pushes: a view checks the head only after one.
 */
type Entry = {
  snapshot: SnapshotState
  checkedAt: number
  /** The head once known; null while it is still on its way. */
  head: Head | null
  /** markStale() calls before this head was asked for: any later one means the chain may have moved since. */
  pushes: number
}

export class SnapshotCache {
  private current: Entry | null = null
  private check: Promise<Snapshot> | null = null
  private pushes = 0
  private readonly now: () => number
  private readonly limits: Limits

  constructor(
    private readonly ctx: ReadContext,
    private readonly options: CacheOptions,
  ) {
    this.now = options.now ?? Date.now
    this.limits = { maxBlocks: options.carryOverBlocks ?? CARRY_OVER_MAX_BLOCKS, maxLogs: options.patchMaxLogs ?? PATCH_MAX_LOGS }
  }

  /** The snapshot a view reads from: synchronous while cached, so a warm view awaits nothing. */
  snapshot(): Snapshot | Promise<Snapshot> {
    const { current } = this
    if (!current) return this.cold()
    // A head still on its way is being checked right now, whatever the TTL.
    if (!current.head || this.stands(current)) return current.snapshot
    // The check comes first, alone: reading beside it on a guess would rebuild the whole network (seconds at
    // 10,000 services) whenever the guess is wrong, while a check costs one small request.
    if (!this.check) {
      const check = this.recheck(current, current.head).finally(() => {
        if (this.check === check) this.check = null
      })
      this.check = check
    }
    return this.check
  }

  /** A new head was pushed: the held one is checked again by the next view, whatever the TTL. */
  markStale(): void {
    this.pushes += 1
  }

  /** A TTL of 0 checks on every view, pushed heads or not. */
  private stands(entry: Entry): boolean {
    const { ttlMs, headsPushed } = this.options
    const age = this.now() - entry.checkedAt
    if (ttlMs > 0 && headsPushed?.()) return entry.pushes === this.pushes && age < Math.max(ttlMs, PUSHED_HEAD_MAX_MS)
    return age < ttlMs
  }

  /** After a write this app saw confirmed: the next snapshot reads afresh, whatever the TTL. */
  invalidate(): void {
    this.current = null
    this.check = null
  }

  /**
   * Nothing cached (first view, after a failed head check or a confirmed write), or the contracts keep changing:
   * the snapshot is handed out before its head is known, so the head check and the view's first reads share one
   * HTTP batch.
   */
  private cold(): Snapshot {
    const head = requestHead(this.ctx)
    const entry: Entry = { snapshot: new SnapshotState(this.ctx, head), checkedAt: this.now(), head: null, pushes: this.pushes }
    this.current = entry
    head.then(
      (known) => {
        entry.head = known
      },
      () => {
        if (this.current === entry) this.current = null
      },
    )
    return entry.snapshot
  }

  private async recheck(previous: Entry, before: Head): Promise<Snapshot> {
    const checkedAt = this.now()
    const pushes = this.pushes
    const check = checkHead(this.ctx, before, this.limits)
    const [head, changes] = await Promise.all([check.head, check.changes])
    // An invalidation while the head was on its way started a newer snapshot: that one wins.
    if (this.current !== previous) return this.snapshot()
    const same = head.hash === before.hash
    const predecessor = changes ? { snapshot: previous.snapshot, changes, at: { ...this.ctx, blockNumber: head.number } } : undefined
    const snapshot = same ? previous.snapshot : new SnapshotState(this.ctx, Promise.resolve(head), predecessor)
    this.current = { snapshot, checkedAt, head, pushes }
    return snapshot
  }
}
