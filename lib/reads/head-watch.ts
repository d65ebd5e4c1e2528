import { connect as netConnect, isIP, type NetConnectOpts, type Socket } from 'node:net'
import { connect as tlsConnect } from 'node:tls'
import WebSocket from 'ws'

/**
 * A chain's new heads, pushed by its node over one WebSocket (`eth_subscribe` of `newHeads`): while the
 * subscription is live the server knows its held head is current without asking, so a warm view costs no request.
 * Kept free of 'server-only' so that tests can drive it against a real chain.
 */
export type HeadWatch = {
  /** The socket is open and the node confirmed the subscription: only then is a silent chain known to be still. */
  live: () => boolean
  /** Stops for good: closes the socket and every timer. */
  close: () => void
}

export type HeadWatchOptions = {
  /**
   * A new head was pushed, or the subscription (re)started: heads mined while it was down were never pushed, so a
   * head held since then may be old either way.
   */
  onStale: () => void
  /** Reconnect delays: the first after a drop, doubled on each failure up to the last; reset once live again. */
  retryMs?: { first: number; max: number }
  /** How often the socket is pinged; a socket that did not answer the previous ping is dropped. */
  heartbeatMs?: number
}

const RETRY_MS = { first: 1_000, max: 60_000 }
const HEARTBEAT_MS = 30_000
const HANDSHAKE_TIMEOUT_MS = 10_000
const SUBSCRIBE_ID = 1

/**
 * ws's own connectors, unreferenced: the watch must never keep a process (a test run, a script) from exiting.
 * http.request's options carry the URL's path in `path`, which net.connect would take for a Unix socket.
 */
function unreferencedConnection(options: NetConnectOpts & { host?: string; servername?: string }, secure: boolean): Socket {
  const socket = secure
    ? tlsConnect({ ...options, path: undefined, servername: options.servername ?? (isIP(options.host ?? '') ? '' : options.host) } as never)
    : netConnect({ ...options, path: undefined } as NetConnectOpts)
  socket.unref()
  return socket
}

type Message = { id?: unknown; result?: unknown; method?: unknown; params?: { subscription?: unknown } }

function parse(data: WebSocket.RawData): Message | null {
  try {
    const message: unknown = JSON.parse(data.toString())
    return message && typeof message === 'object' ? (message as Message) : null
  } catch {
    return null
  }
}

/**
 * Subscribes to `url`'s new heads and keeps doing so: a dropped, refused or silent socket (no pong within a
 * heartbeat) is opened again after a delay that doubles up to `retryMs.max`. Never throws; while it is not live
 * the caller falls back to asking.
 */
export function watchHeads(url: string, options: HeadWatchOptions): HeadWatch {
  const retryMs = options.retryMs ?? RETRY_MS
  const heartbeatMs = options.heartbeatMs ?? HEARTBEAT_MS
  const secure = url.startsWith('wss:')
  let socket: WebSocket | null = null
  let subscription: string | null = null
  let delay = retryMs.first
  let retry: NodeJS.Timeout | null = null
  let closed = false

  const connect = () => {
    retry = null
    const current = new WebSocket(url, {
      handshakeTimeout: HANDSHAKE_TIMEOUT_MS,
      createConnection: ((connectOptions: NetConnectOpts) => unreferencedConnection(connectOptions, secure)) as never,
    })
    socket = current
    let answered = true
    const heartbeat = setInterval(() => {
      if (!answered) return current.terminate()
      answered = false
      current.ping()
    }, heartbeatMs).unref()

    current.on('open', () => {
      current.send(JSON.stringify({ jsonrpc: '2.0', id: SUBSCRIBE_ID, method: 'eth_subscribe', params: ['newHeads'] }))
    })
    current.on('pong', () => {
      answered = true
    })
    current.on('message', (data) => {
      const message = parse(data)
      if (message?.id === SUBSCRIBE_ID) {
        // A node without subscriptions answers with an error: try again later, the TTL serves meanwhile.
        if (typeof message.result !== 'string') return current.terminate()
        subscription = message.result
        delay = retryMs.first
        options.onStale()
      } else if (message?.method === 'eth_subscription' && subscription !== null && message.params?.subscription === subscription) {
        options.onStale()
      }
    })
    // Every failure (refused, handshake timeout, not a WebSocket server) ends in 'close'; this only keeps an
    // 'error' event from being thrown.
    current.on('error', () => undefined)
    current.on('close', () => {
      clearInterval(heartbeat)
      if (socket !== current) return
      socket = null
      subscription = null
      if (closed) return
      retry = setTimeout(connect, delay).unref()
      delay = Math.min(delay * 2, retryMs.max)
    })
  }

  connect()
  return {
    live: () => subscription !== null && socket?.readyState === WebSocket.OPEN,
    close: () => {
      closed = true
      if (retry) clearTimeout(retry)
      socket?.terminate()
      socket = null
      subscription = null
    },
  }
}
