import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** Port of the HTTP listeners unit tests start; bound to 127.0.0.1 only, away from the chains' ports. */
export const TEST_LISTENER_PORT = Number(process.env.OCN_TEST_LISTENER_PORT ?? 8550)

export type Handler = (request: IncomingMessage, body: string, response: ServerResponse) => void

/** A real HTTP server on 127.0.0.1 for a test: records every request, answers with the test's handler. */
export async function startTestListener(handler: Handler, port = TEST_LISTENER_PORT) {
  const hits: { method: string; path: string }[] = []
  const server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk) => (body += chunk))
    request.on('end', () => {
      hits.push({ method: request.method ?? '', path: request.url ?? '' })
      handler(request, body, response)
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url,
    hits,
    hitsOn: (path: string) => hits.filter((h) => h.path === path).length,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** Answers every JSON-RPC request in a batch or alone with the given result. */
export function jsonRpcResult(body: string, result: unknown): string {
  const parsed = JSON.parse(body) as { id: number } | { id: number }[]
  const answer = (request: { id: number }) => ({ jsonrpc: '2.0', id: request.id, result })
  return JSON.stringify(Array.isArray(parsed) ? parsed.map(answer) : answer(parsed))
}
