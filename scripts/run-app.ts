import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { isPortFree } from '../lib/devnet/anvil'
import { runLocalChain } from '../lib/devnet/run-chain'
import { describeChain, portFromEnv } from './cli-support'

/**
 * `npm run dev` and `npm start`: the local OCN network (started and seeded, or a ready one reused) unless
 * OCN_NETWORK names another network, then `next dev` or `next start` reading it. Ctrl-C stops both.
 */
export async function runAppWithNetwork(command: 'dev' | 'start') {
  const appPort = portFromEnv('PORT', 3000)
  if (!(await isPortFree(appPort, '0.0.0.0'))) {
    throw new Error(`Port ${appPort} is already in use (another \`npm run ${command}\`?). Stop it, or run with PORT=${appPort + 1}.`)
  }
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
  let stopChain = async () => {}
  if (!process.env.OCN_NETWORK || process.env.OCN_NETWORK === 'local') {
    const chain = await runLocalChain(portFromEnv('OCN_CHAIN_PORT', 8545))
    console.log(describeChain(chain))
    env.OCN_RPC_URL = chain.url
    stopChain = chain.stop
  }
  const next = createRequire(import.meta.url).resolve('next/dist/bin/next')
  const app = spawn(process.execPath, [next, command, '--port', String(appPort)], { stdio: 'inherit', env })

  let stopping = false
  const stop = async (code: number) => {
    if (stopping) return
    stopping = true
    app.kill('SIGTERM')
    await stopChain()
    process.exit(code)
  }
  process.on('SIGINT', () => void stop(0))
  process.on('SIGTERM', () => void stop(0))
  app.on('exit', (code) => void stop(code ?? 0))
}
