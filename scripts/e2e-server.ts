// Started by Playwright's webServer: a fresh seeded chain, its indexer and the production build, on ports of their own.
import { spawn } from 'node:child_process'
import { rmSync } from 'node:fs'
import { createServer } from 'node:http'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import { E2E_INDEXER_CONTROL_SOCKET } from '../e2e/support/chain'
import { startFaultProxy } from '../e2e/support/fault-proxy'
import { runIndexer, type RunningIndexer } from '../lib/devnet/run-indexer'
import { runLocalChain } from '../lib/devnet/run-chain'
import { exitWithMessage, portFromEnv } from './cli-support'

const distDir = process.env.NEXT_DIST_DIR ?? '.next-e2e'

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
  const chain = await runLocalChain(portFromEnv('OCN_E2E_CHAIN_PORT', 8546))
  const indexer = await indexerSupervisor(chain.url)
  // Ponder takes several seconds to come up: the app starts meanwhile, and tests that assert history wait for
  // the indexer to reach the chain's head (e2e/support/history.ts).
  const indexerStarted = indexer.start()
  const control = controlServer(indexer)
  const next = createRequire(import.meta.url).resolve('next/dist/bin/next')
  const app = spawn(process.execPath, [next, 'start', '--hostname', '127.0.0.1', '--port', String(portFromEnv('OCN_E2E_APP_PORT', 3100))], {
    stdio: 'inherit',
    // Tests write to the chain directly and expect the next page to show it: the head is checked on every view.
    env: {
      ...process.env,
      OCN_NETWORK: 'local',
      OCN_RPC_URL: chain.url,
      OCN_READ_TTL_MS: '0',
      OCN_INDEXER_URL: indexer.url,
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
  // The pages work without history, and the specs that need it fail saying the indexer never reached the head.
  indexerStarted.catch((error: unknown) => {
    console.error(`\n✖ The e2e indexer did not start: ${error instanceof Error ? error.message : String(error)}\n`)
  })
}

main().catch(exitWithMessage)
