import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { createPublicClient, http } from 'viem'
import { networkFromEnv } from '../lib/chain/networks'
import { isPortFree } from '../lib/devnet/anvil'
import { runLocalChain } from '../lib/devnet/run-chain'
import { runIndexer } from '../lib/devnet/run-indexer'
import { deploymentStartBlock } from '../lib/history/start-blocks'
import { describeChain, portFromEnv } from './cli-support'

/**
 * The indexer beside the app, in the background: it takes seconds to minutes to answer, and the app works without
 * it (history areas say "history unavailable" until it does). Its failure is a warning, never the app's exit.
 */
async function startIndexerBeside(env: NodeJS.ProcessEnv, rpcUrl: string, signal: AbortSignal): Promise<{ ended: Promise<void> }> {
  const network = networkFromEnv(env)
  const port = portFromEnv('OCN_INDEXER_PORT', 42069)
  if (!(await isPortFree(port))) {
    console.warn(`⚠ Port ${port} is in use, so no indexer was started: history is unavailable. Set OCN_INDEXER_PORT to a free port.`)
    return { ended: Promise.resolve() }
  }
  const url = `http://127.0.0.1:${port}`
  env.OCN_INDEXER_URL = url
  if (!env.OCN_INDEXER_START_BLOCK?.trim()) {
    const client = createPublicClient({ transport: http(rpcUrl, { timeout: 10_000 }) })
    env.OCN_INDEXER_START_BLOCK = String(await deploymentStartBlock(network, client))
  }
  console.log(`Indexer (history of ${network.name}) starting at ${url}`)
  // Settles once the indexer has ended (or never started), so stopping can wait for it.
  // PostgreSQL only for a public network: the local chain is new at every start, its history with it.
  const databaseUrl = network.id === 'local' ? undefined : env.DATABASE_URL?.trim() || undefined
  const ended = runIndexer({
    port,
    rpcUrl,
    dir: join(process.cwd(), '.ponder', network.id),
    databaseUrl,
    schema: env.DATABASE_SCHEMA?.trim() || undefined,
    env: { ...env, OCN_RPC_URL: rpcUrl },
    signal,
  })
    .then((indexer) => {
      console.log(`Indexer answering at ${indexer.url}`)
      return indexer.exited.then((code) => {
        if (!signal.aborted) console.warn(`⚠ The indexer stopped (exit code ${code}): history is unavailable until the app is restarted.`)
      })
    })
    .catch((error: unknown) => {
      if (!signal.aborted) console.warn(`⚠ The indexer did not start, history is unavailable: ${error instanceof Error ? error.message : String(error)}`)
    })
  return { ended }
}

/**
 * `npm run dev` and `npm start`: the local OCN network (started and seeded, or a ready one reused) unless
 * OCN_NETWORK names another network, the indexer of that network's history (unless OCN_INDEXER_URL names one
 * already running), then `next dev` or `next start` reading both. Ctrl-C stops them all.
 */
export async function runAppWithNetwork(command: 'dev' | 'start') {
  const appPort = portFromEnv('PORT', 3000)
  if (!(await isPortFree(appPort, '0.0.0.0'))) {
    throw new Error(`Port ${appPort} is already in use (another \`npm run ${command}\`?). Stop it, or run with PORT=${appPort + 1}.`)
  }
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
  let stopChain = async () => {}
  if (!process.env.OCN_NETWORK || process.env.OCN_NETWORK === 'local') {
    // The seeded services point at the demo manifests this app serves from public/demo/manifests/.
    const chain = await runLocalChain(portFromEnv('OCN_CHAIN_PORT', 8545), '127.0.0.1', { demoOrigin: `http://localhost:${appPort}` })
    console.log(describeChain(chain))
    env.OCN_RPC_URL = chain.url
    stopChain = chain.stop
  }
  const indexing = new AbortController()
  const indexer = env.OCN_INDEXER_URL?.trim() ? { ended: Promise.resolve() } : await startIndexerBeside(env, networkFromEnv(env).rpcUrl, indexing.signal)

  const next = createRequire(import.meta.url).resolve('next/dist/bin/next')
  const app = spawn(process.execPath, [next, command, '--port', String(appPort)], { stdio: 'inherit', env })

  let stopping = false
  const stop = async (code: number) => {
    if (stopping) return
    stopping = true
    app.kill('SIGTERM')
    indexing.abort()
    await indexer.ended
    await stopChain()
    process.exit(code)
  }
  process.on('SIGINT', () => void stop(0))
  process.on('SIGTERM', () => void stop(0))
  app.on('exit', (code) => void stop(code ?? 0))
}
