/**
 * A JSON-RPC proxy for tests that misbehaves on command: it listens on 127.0.0.1, forwards to a chain on
 * 127.0.0.1 (never anywhere else), and can be switched at run time between passing requests through, being
 * down, being slow, rate-limiting and dying after a number of requests. It answers CORS like a public RPC, so
 * the browser can use it as well as the server. Start it in a test (or fixture) and stop it at the end.
 *
 *   const proxy = await startFaultProxy({ port: E2E_PROXY_PORT, target: E2E_CHAIN_URL })
 *   proxy.set({ kind: 'down' })         // every request fails (connection reset, or `as: '502'`)
 *   proxy.set({ kind: 'slow', delayMs: 1500 })
 *   proxy.set({ kind: 'rate-limit', retryAfterSeconds: 30 })
 *   proxy.set({ kind: 'die-after', requests: 2 })   // the next 2 JSON-RPC requests pass, then down
 *   proxy.set({ kind: 'pass' })
 *   proxy.requests()                    // what reached it, with the Origin header (null: not a browser)
 *   await proxy.stop()
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'

export type FaultMode =
  | { kind: 'pass' }
  | { kind: 'down'; as?: 'reset' | '502' }
  | { kind: 'slow'; delayMs: number }
  | { kind: 'rate-limit'; retryAfterSeconds: number }
  | { kind: 'die-after'; requests: number; as?: 'reset' | '502' }

export type ProxiedRequest = {
  /** The page's origin for a browser's request; null for a server-side fetch, which sends none. */
  origin: string | null
  /** JSON-RPC methods in the request (a batch has several). */
  methods: string[]
  /** What the proxy did with it. */
  outcome: 'passed' | 'failed' | 'rate-limited'
}

export type FaultProxy = {
  url: string
  set: (mode: FaultMode) => void
  requests: () => ProxiedRequest[]
  clearRequests: () => void
  stop: () => Promise<void>
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'POST, OPTIONS',
  'access-control-expose-headers': 'retry-after',
  'access-control-max-age': '600',
}

function methodsOf(body: string): string[] {
  try {
    const parsed = JSON.parse(body) as { method?: string } | { method?: string }[]
    return (Array.isArray(parsed) ? parsed : [parsed]).map((r) => String(r.method))
  } catch {
    return []
  }
}

function fail(response: ServerResponse, as: 'reset' | '502' = 'reset'): void {
  if (as === '502') response.writeHead(502, { ...CORS, 'content-type': 'text/plain' }).end('Bad gateway')
  else response.socket?.destroy()
}

export async function startFaultProxy({ port, target }: { port: number; target: string }): Promise<FaultProxy> {
  if (new URL(target).hostname !== '127.0.0.1') throw new Error(`The fault proxy only forwards to 127.0.0.1, not ${target}.`)
  let mode: FaultMode = { kind: 'pass' }
  let passedSinceSet = 0
  let log: ProxiedRequest[] = []
  // Slow answers still waiting when the test ends are dropped with the proxy, not delivered afterwards.
  const delays = new Set<ReturnType<typeof setTimeout>>()
  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        delays.delete(timer)
        resolve()
      }, ms)
      delays.add(timer)
    })

  async function forward(body: string, response: ServerResponse): Promise<void> {
    const upstream = await fetch(target, { method: 'POST', headers: { 'content-type': 'application/json' }, body, redirect: 'manual' })
    response.writeHead(upstream.status, { ...CORS, 'content-type': upstream.headers.get('content-type') ?? 'application/json' })
    response.end(Buffer.from(await upstream.arrayBuffer()))
  }

  async function handle(request: IncomingMessage, body: string, response: ServerResponse): Promise<void> {
    if (request.method === 'OPTIONS') {
      if (mode.kind === 'down') return fail(response, mode.as)
      response.writeHead(204, { ...CORS, 'access-control-allow-headers': request.headers['access-control-request-headers'] ?? 'content-type' })
      return void response.end()
    }
    const entry: ProxiedRequest = { origin: request.headers.origin ?? null, methods: methodsOf(body), outcome: 'passed' }
    log.push(entry)
    const current = mode
    if (current.kind === 'down' || (current.kind === 'die-after' && passedSinceSet >= current.requests)) {
      entry.outcome = 'failed'
      return fail(response, current.as)
    }
    if (current.kind === 'rate-limit') {
      entry.outcome = 'rate-limited'
      response.writeHead(429, { ...CORS, 'retry-after': String(current.retryAfterSeconds), 'content-type': 'text/plain' })
      return void response.end('Too many requests')
    }
    if (current.kind === 'slow') await wait(current.delayMs)
    if (response.destroyed) return
    passedSinceSet += 1
    await forward(body, response)
  }

  const server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk) => (body += chunk))
    request.on('end', () => {
      handle(request, body, response).catch(() => {
        if (!response.headersSent && !response.destroyed) fail(response, '502')
      })
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })

  return {
    url: `http://127.0.0.1:${port}`,
    set: (next) => {
      mode = next
      passedSinceSet = 0
    },
    requests: () => [...log],
    clearRequests: () => {
      log = []
    },
    stop: () =>
      new Promise<void>((resolve) => {
        delays.forEach(clearTimeout)
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
