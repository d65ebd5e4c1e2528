// Started by Playwright's webServer beside e2e-server.ts: the same production build, as an operator would run it
// on a non-local network whose RPC is the fault proxy the tests start (e2e/support/fault-proxy.ts).
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { LOCAL_PERMISSIONS, LOCAL_REGISTRY, MULTICALL3_ADDRESS } from '../lib/chain/networks'
import { portFromEnv } from './cli-support'

const next = createRequire(import.meta.url).resolve('next/dist/bin/next')
const app = spawn(process.execPath, [next, 'start', '--hostname', '127.0.0.1', '--port', String(portFromEnv('OCN_E2E_FAULT_APP_PORT', 3101))], {
  stdio: 'inherit',
  env: {
    ...process.env,
    OCN_NETWORK: 'custom',
    OCN_RPC_URL: `http://127.0.0.1:${portFromEnv('OCN_E2E_PROXY_PORT', 8548)}`,
    OCN_CHAIN_ID: '31337',
    OCN_REGISTRY_ADDRESS: LOCAL_REGISTRY,
    OCN_PERMISSIONS_ADDRESS: LOCAL_PERMISSIONS,
    OCN_MULTICALL3_ADDRESS: MULTICALL3_ADDRESS,
    OCN_ALLOW_CUSTOM_NETWORK: 'off',
    NEXT_TELEMETRY_DISABLED: '1',
  },
})
const stop = () => {
  app.kill('SIGTERM')
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
app.on('exit', (code) => process.exit(code ?? 0))
