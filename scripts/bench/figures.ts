// What the bench measured, part by part; verdicts.ts judges it against the targets.

/** One size's paint runs: the CLI and the app alternately on one chain, loopback or behind the delaying proxy. */
export type PaintFigures = {
  size: number
  latencyMs: number
  cliMs: number[]
  /** The browser's paint of the result count and first card, from navigation (Element Timing). */
  coldMs: number[]
  warmMs: number[]
  /** When Playwright saw both, from navigation: after the page's scripts let its polling run. */
  coldUsableMs: number[]
  warmUsableMs: number[]
  /** Runs that did not finish (the app's page never painted, the CLI listed the wrong number), with why. */
  failures: string[]
}

/** RPC traffic seen at the counting proxy, split by who sent it. */
export type RpcTraffic = { requests: number; roundTrips: number; ethCalls: number }
export type ViewTraffic = { server: RpcTraffic; browser: RpcTraffic }

export type RpcFigures = {
  size: number
  coldView: ViewTraffic
  warmView: ViewTraffic
  /** One server render of /services vs `serverViews` at once, each on a fresh block. */
  serverOne: RpcTraffic
  serverMany: RpcTraffic
  serverViews: number
  /** Server renders that did not answer 200 within the budget. */
  serverFailed: number
  browserMany: ViewTraffic
  browserViews: number
  /** Chromium views among the many that never painted. */
  browserFailed: number
}

export type LoadFigures = {
  size: number
  path: string
  connections: number
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  /** Answers other than 2xx, and connection errors or timeouts. */
  failed: number
  peakRssBytes: number
}

export type InteractionFigures = {
  size: number
  longTasksMs: number[]
  keyToInputMs: number[]
  keyToResultsMs: number[]
  /**
   * From focusing the search box until search runs in the browser (the catalog's client index has arrived and is
   * in use); null: it never did, and every key was a server render. Keys are typed after it.
   */
  searchReadyMs: number | null
  /** Keystrokes after which the results did not change within the wait (the query no longer narrowed them). */
  unchanged: number
  /** Why the page could not be measured (it never painted): the app's failure, judged as missed targets. */
  failure: string | null
}

export type LighthouseFigures = { size: number; mobile: number; desktop: number } | { size: number; failure: string } | { unavailable: string }

/** One indexer's catch-up on the history chain, from its start until it had indexed the chain's head. */
export type CatchUpFigures = {
  database: string
  /** From spawning the indexer until its HTTP server answered. */
  answeredMs: number
  /** From spawning the indexer until it had indexed the head block. */
  indexedMs: number
  /** VmHWM (peak resident memory) of the indexer's process tree, summed, once caught up and after the load tests. */
  caughtUpHwmBytes: number
  finalHwmBytes: number
  /**
   * The database server's own processes (PostgreSQL), VmHWM summed after the load tests, while the indexer's
   * connections are open: an upper bound, as each backend counts the shared buffers it touched. Null for PGlite,
   * which runs inside the indexer.
   */
  serverHwmBytes: number | null
}

/** autocannon against one history route, straight at the indexer or through the app's JSON proxy. */
export type HistoryQueryFigures = {
  database: string
  via: 'indexer' | 'app'
  route: string
  connections: number
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  failed: number
}

export type HistoryFigures = {
  services: number
  events: number
  /** Agreement events of the busiest service (the deep timeline). */
  hotEvents: number
  head: number
  seedMs: number
  catchUp: CatchUpFigures[]
  queries: HistoryQueryFigures[]
  /** What was left out and why (PostgreSQL not installed, the app's proxy not in this build). */
  notes: string[]
}

/** One round of the manifests part: the app started afresh, its manifest cache empty. */
export type ManifestRoundFigures = {
  /** The first /services view after the start: the server's first read of the network and no manifest fetched yet. */
  firstViewMs: number
  firstViewCards: number
  /** Cards on that first view still "Checking manifest". */
  firstViewPending: number
  /** Server render of each of the views, first time each (the first view included), while the cache fills. */
  coldViewsMs: number[]
  /** The same views again once every manifest was fetched. */
  warmViewsMs: number[]
  /** Requests at the hosting server while the first views ran, and once it went quiet. */
  fetchesDuringViews: number
  fetchesSettled: number
  /** From the first view until the hosting server's last request; null when it did not go quiet in the budget. */
  settledMs: number | null
  /** Requests for a manifest the host had already served this round. */
  duplicateFetches: number
  /** Requests during the warm views. */
  warmFetches: number
  /** Cards the first views showed: what a design fetching every card's manifest per view would fetch. */
  cardsShown: number
  /** Bulk services' cards on the warm views: their state badge, and those whose state is not the one seeded. */
  warmCards: number
  stateMismatches: number
}

export type ManifestFigures = {
  services: number
  /** Services whose URL commits the hosted manifest's hash, and those committing an earlier revision's. */
  committed: number
  changed: number
  views: number
  rounds: ManifestRoundFigures[]
  notes: string[]
}

export type Figures = {
  paint: PaintFigures[]
  rpc: RpcFigures | null
  servicesGzipBytes: number | null
  load: LoadFigures[]
  interaction: InteractionFigures | null
  /** Peak resident memory of the app's processes while a size was measured. */
  peakRss: { size: number; bytes: number }[]
  lighthouse: LighthouseFigures | null
  history: HistoryFigures | null
  manifests: ManifestFigures | null
  /** Parts that broke: the bench's own failures, not the app's. */
  errors: { part: string; message: string }[]
}

export function emptyFigures(): Figures {
  return { paint: [], rpc: null, servicesGzipBytes: null, load: [], interaction: null, peakRss: [], lighthouse: null, history: null, manifests: null, errors: [] }
}
