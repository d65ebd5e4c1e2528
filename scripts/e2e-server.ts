// Started by Playwright's webServer: a fresh seeded chain, its indexer and the production build, on ports of their own.
import { spawn } from 'node:child_process'
import { rmSync } from 'node:fs'
import { createServer } from 'node:http'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import { E2E_DEMO_ORIGIN, E2E_INDEXER_CONTROL_SOCKET } from '../e2e/support/chain'
import { startFaultProxy } from '../e2e/support/fault-proxy'
import { runIndexer, type RunningIndexer, waitForIndexedBlock } from '../lib/devnet/run-indexer'
import { runLocalChain } from '../lib/devnet/run-chain'
import { exitWithMessage, portFromEnv } from './cli-support'

const distDir = process.env.NEXT_DIST_DIR ?? '.next-e2e'
const INDEXER_READY_MS = 120_000

async function chainHead(url: string): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_blockNumber', params: [] }),
  })
  return ((await response.json()) as { result: string }).result
}

/**
 * The indexer is ours to restart (e2e/indexer-down.spec.ts stops it mid-test): this process stays its parent, so
 * Playwright's teardown ends it with the rest. Each start indexes the chain afresh (runIndexer wipes the local
 * network's directory): the chain as it is now, whatever the tests reverted.
 */
async function indexerSupervisor(chainUrl: string) {
  const port = portFromEnv('OCN_E2E_INDEXER_PORT', 8552)
  // The indexer reads the chain through a proxy the tests can hold, to see it fall behind while it still answers.
  const rpc = await startFaultProxy({ port: portFromEnv('OCN_E2E_INDEXER_PROXY_PORT', 8556), target: chainUrl })
  const dir = resolve(distDir, 'e2e-indexer')
  let running: RunningIndexer | null = null
  // Start and stop one at a time, in the order asked.
  let queue: Promise<unknown> = Promise.resolve()
  const serial = <T>(step: () => Promise<T>): Promise<T> => {
    const next = queue.then(step)
    queue = next.catch(() => {})
    return next
  }
  const stop = () =>
    serial(async () => {
      await running?.stop()
      running = null
    })
  const start = () =>
    serial(async () => {
      if (running) return running
      // runIndexer wipes the directory: the local network is indexed afresh.
      const started = await runIndexer({ port, rpcUrl: rpc.url, dir, env: { OCN_NETWORK: 'local' } })
      running = started
      void started.exited.then(() => {
        if (running === started) running = null
      })
      return started
    })
  const close = async () => {
    await stop()
    await rpc.stop()
  }
  const holdRpc = async () => rpc.set({ kind: 'down' })
  const passRpc = async () => rpc.set({ kind: 'pass' })
  return { url: `http://127.0.0.1:${port}`, start, stop, close, holdRpc, passRpc, pid: () => running?.pid ?? null }
}

type Supervisor = Awaited<ReturnType<typeof indexerSupervisor>>

/**
 * POST /start, /stop (the indexer), /rpc/hold, /rpc/pass (its RPC), GET /: each answers `{ pid }` (null while
 * stopped) once done.
 */
function controlServer(indexer: Supervisor) {
  rmSync(E2E_INDEXER_CONTROL_SOCKET, { force: true })
  const actions: Record<string, (() => Promise<unknown>) | undefined> = {
    'POST /start': indexer.start,
    'POST /stop': indexer.stop,
    'POST /rpc/hold': indexer.holdRpc,
    'POST /rpc/pass': indexer.passRpc,
    'GET /': async () => {},
  }
  const server = createServer((request, response) => {
    const action = actions[`${request.method} ${request.url}`]
    if (!action) {
      response.writeHead(404).end()
      return
    }
    action()
      .then(() => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ pid: indexer.pid() })))
      .catch((error: unknown) => response.writeHead(500).end(error instanceof Error ? error.message : String(error)))
  })
  server.listen(E2E_INDEXER_CONTROL_SOCKET)
  return server
}

async function main() {
  const appPort = portFromEnv('OCN_E2E_APP_PORT', 3100)
  // The seeded services point at the demo manifests this app serves (lib/devnet/demo-manifests.ts).
  const chain = await runLocalChain(portFromEnv('OCN_E2E_CHAIN_PORT', 8546), '127.0.0.1', { demoOrigin: E2E_DEMO_ORIGIN })
  const indexer = await indexerSupervisor(chain.url)
  // Before the app: pages read while the indexer is still catching up would show it (and refresh themselves), in
  // specs that are not about history. Without an indexer the pages work, and the history specs fail saying so.
  await indexer
    .start()
    .then(async () => waitForIndexedBlock(indexer.url, BigInt(await chainHead(chain.url)), INDEXER_READY_MS))
    .catch((error: unknown) => console.error(`\n✖ The e2e indexer is not ready: ${error instanceof Error ? error.message : String(error)}\n`))
  const control = controlServer(indexer)
  const next = createRequire(import.meta.url).resolve('next/dist/bin/next')
  const app = spawn(process.execPath, [next, 'start', '--hostname', '127.0.0.1', '--port', String(appPort)], {
    stdio: 'inherit',
    // Tests write to the chain directly and expect the next page to show it: the head is checked on every view.
    env: {
      ...process.env,
      OCN_NETWORK: 'local',
      OCN_RPC_URL: chain.url,
      OCN_READ_TTL_MS: '0',
      OCN_INDEXER_URL: indexer.url,
      // e2e/manifests.spec.ts changes a hosted manifest and waits for the catalog to say so.
      OCN_MANIFEST_TTL_SECONDS: '2',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  })
  let stopping = false
  const stop = async (code = 0) => {
    if (stopping) return
    stopping = true
    app.kill('SIGTERM')
    control.close()
    await Promise.allSettled([indexer.close(), chain.stop()])
    process.exit(code)
  }
  process.on('SIGINT', () => void stop())
  process.on('SIGTERM', () => void stop())
  app.on('exit', () => void stop())
}

main().catch(exitWithMessage)
