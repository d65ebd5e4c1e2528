// Started by Playwright's webServer: a fresh seeded chain and the production build, on ports of their own.
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { runLocalChain } from '../lib/devnet/run-chain'
import { exitWithMessage, portFromEnv } from './cli-support'

async function main() {
  const chain = await runLocalChain(portFromEnv('OCN_E2E_CHAIN_PORT', 8546))
  const next = createRequire(import.meta.url).resolve('next/dist/bin/next')
  const app = spawn(process.execPath, [next, 'start', '--hostname', '127.0.0.1', '--port', String(portFromEnv('OCN_E2E_APP_PORT', 3100))], {
    stdio: 'inherit',
    // Tests write to the chain directly and expect the next page to show it: the head is checked on every view.
    env: { ...process.env, OCN_NETWORK: 'local', OCN_RPC_URL: chain.url, OCN_READ_TTL_MS: '0', NEXT_TELEMETRY_DISABLED: '1' },
  })
  const stop = async () => {
    app.kill('SIGTERM')
    await chain.stop()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  app.on('exit', stop)
}

main().catch(exitWithMessage)
