import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

export type RpcLimits = {
  /** Bodies larger than this are refused with HTTP 413, as nginx and hosted RPCs do. */
  maxBodyBytes?: number
  /** Batches with more calls are refused whole with a JSON-RPC error, as geth does. */
  maxCallsPerBatch?: number
  /** An eth_call whose data is longer (hex characters) fails with "out of gas": a gas cap, per call. */
  maxCallDataChars?: number
  /** eth_calls to these 4-byte selectors fail with "out of gas", as a list getter does past the gas cap. */
  outOfGasSelectors?: readonly string[]
}

type RpcCall = { id?: unknown; method?: string; params?: { data?: string; input?: string }[] }

/**
 * A real HTTP proxy on 127.0.0.1 in front of anvil that refuses what public RPCs refuse, and records every
 * request it receives (accepted or not) and the eth_calls in the requests it accepts.
 */
export async function startLimitedRpc(upstream: string, port: number, limits: RpcLimits) {
  const requests: { bytes: number; calls: number; refused: boolean }[] = []
  let ethCalls = 0

  const server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', async () => {
      const raw = Buffer.concat(chunks)
      const body = JSON.parse(raw.toString('utf8')) as RpcCall | RpcCall[]
      const calls = Array.isArray(body) ? body : [body]
      const record = { bytes: raw.length, calls: calls.length, refused: true }
      requests.push(record)
      const json = (status: number, answer: unknown) =>
        response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(answer))

      if (limits.maxBodyBytes !== undefined && raw.length > limits.maxBodyBytes) {
        return void response.writeHead(413, { 'content-type': 'text/html' }).end('<h1>413 Request Entity Too Large</h1>')
      }
      if (Array.isArray(body) && limits.maxCallsPerBatch !== undefined && body.length > limits.maxCallsPerBatch) {
        return json(200, [{ jsonrpc: '2.0', id: null, error: { code: -32600, message: 'batch too large' } }])
      }
      record.refused = false
      ethCalls += calls.filter((call) => call.method === 'eth_call').length

      const tooCostly = (call: RpcCall) => {
        const data = call.params?.[0]?.data ?? call.params?.[0]?.input ?? ''
        if (call.method !== 'eth_call') return false
        if (limits.outOfGasSelectors?.some((selector) => data.startsWith(selector))) return true
        return limits.maxCallDataChars !== undefined && data.length > limits.maxCallDataChars
      }
      const forwarded = calls.filter((call) => !tooCostly(call))
      const answers =
        forwarded.length === 0
          ? []
          : ((await (
              await fetch(upstream, {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify(forwarded),
              })
            ).json()) as { id?: unknown }[])
      const byId = new Map(answers.map((answer) => [answer.id, answer]))
      const merged = calls.map(
        (call) => byId.get(call.id) ?? { jsonrpc: '2.0', id: call.id, error: { code: -32000, message: 'out of gas' } },
      )
      json(200, Array.isArray(body) ? merged : merged[0])
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    ethCalls: () => ethCalls,
    reset: () => {
      requests.length = 0
      ethCalls = 0
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
