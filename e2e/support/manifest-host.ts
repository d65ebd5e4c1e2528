/**
 * A provider's web server, as far as the app sees it: serves a manifest's exact bytes as JSON on loopback, and lets
 * the test change them (what a provider does when it edits its hosted file without committing the new hash).
 * The e2e app runs the local network, whose manifest fetcher allows loopback addresses.
 */
import { createServer } from 'node:http'

export const E2E_MANIFEST_HOST_PORT = Number(process.env.OCN_E2E_MANIFEST_HOST_PORT ?? 8557)

export type ManifestHost = {
  /** The URL a path is served at. */
  url: (path: string) => string
  /** Serves `bytes` at `path` from the next request on. */
  host: (path: string, bytes: Uint8Array) => void
  stop: () => Promise<void>
}

export async function startManifestHost(port = E2E_MANIFEST_HOST_PORT): Promise<ManifestHost> {
  const files = new Map<string, Uint8Array>()
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://host').pathname
    const body = files.get(path)
    if (request.method !== 'GET' || !body) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
      return
    }
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': body.byteLength }).end(body)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    host: (path, bytes) => void files.set(path, bytes),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
