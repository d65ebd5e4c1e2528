// A JSON-RPC proxy on 127.0.0.1 in front of anvil, used by the CLI, the app's server and the browser alike. It
// counts requests and eth_calls by sender, and can hold every answer back to add round-trip latency, as a public
// RPC far away would.
import { createServer } from 'node:http'
import type { RpcTraffic, ViewTraffic } from './figures'
import { roundTrips } from './stats'

type Recorded = { start: number; end: number; ethCalls: number; browser: boolean }

export type RpcProxy = {
  url: string
  setLatency: (ms: number) => void
  /** Starts a new count; what was recorded before is dropped. */
  reset: () => void
  traffic: () => ViewTraffic
  stop: () => Promise<void>
}

type Call = { method?: string }

function countEthCalls(body: string): number {
  try {
    const parsed = JSON.parse(body) as Call | Call[]
    return (Array.isArray(parsed) ? parsed : [parsed]).filter((call) => call?.method === 'eth_call').length
  } catch {
    return 0
  }
}

function summarize(records: readonly Recorded[]): RpcTraffic {
  return { requests: records.length, roundTrips: roundTrips(records), ethCalls: records.reduce((sum, r) => sum + r.ethCalls, 0) }
}

export async function startRpcProxy(upstream: string, port: number): Promise<RpcProxy> {
  let latencyMs = 0
  let records: Recorded[] = []
  const server = createServer((request, response) => {
    const start = performance.now()
    // Browsers send an Origin on cross-origin fetches; the app's server and the CLI (Node) do not.
    const browser = typeof request.headers.origin === 'string'
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', async () => {
      const body = Buffer.concat(chunks).toString('utf8')
      const record: Recorded = { start, end: start, ethCalls: request.method === 'POST' ? countEthCalls(body) : 0, browser }
      const log = records
      try {
        const forwarded: Record<string, string> = { 'content-type': request.headers['content-type'] ?? 'application/json' }
        for (const [name, value] of Object.entries(request.headers)) {
          if (typeof value === 'string' && (name === 'origin' || name.startsWith('access-control-request-'))) forwarded[name] = value
        }
        const answer = await fetch(upstream, {
          method: request.method,
          headers: forwarded,
          body: request.method === 'POST' ? body : undefined,
        })
        const text = await answer.text()
        // Half the round trip on the way in, half on the way back, as a distant RPC adds it.
        if (latencyMs) await new Promise((resolve) => setTimeout(resolve, latencyMs))
        const headers: Record<string, string> = { 'content-type': answer.headers.get('content-type') ?? 'application/json' }
        // anvil answers CORS itself; the preflight and the answer must keep saying so through the proxy.
        for (const name of ['access-control-allow-origin', 'access-control-allow-headers', 'access-control-allow-methods', 'vary']) {
          const value = answer.headers.get(name)
          if (value) headers[name] = value
        }
        response.writeHead(answer.status, headers).end(text)
      } catch (error) {
        response.writeHead(502, { 'content-type': 'text/plain' }).end(`proxy: ${error instanceof Error ? error.message : String(error)}`)
      } finally {
        record.end = performance.now()
        log.push(record)
      }
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  return {
    url: `http://127.0.0.1:${port}`,
    setLatency: (ms) => (latencyMs = ms),
    reset: () => (records = []),
    traffic: () => ({
      server: summarize(records.filter((r) => !r.browser)),
      browser: summarize(records.filter((r) => r.browser)),
    }),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
