// Started by Playwright's webServer beside e2e-server.ts: the same production build, as an operator would run it
// on a non-local network whose RPC is a proxy the tests start (e2e/support/fault-proxy.ts), in one of two roles:
//   fault: the fault tests steer the proxy; the server checks the head on every view (OCN_READ_TTL_MS=0), so
//          a dead or slow RPC is seen at once.
//   cache: the proxy only counts; a long TTL shows what the shared read cache saves and when it refreshes.
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { LOCAL_PERMISSIONS, LOCAL_REGISTRY, MULTICALL3_ADDRESS } from '../lib/chain/networks'
import { exitWithMessage, portFromEnv } from './cli-support'

const ROLES = {
  fault: { appPort: portFromEnv('OCN_E2E_FAULT_APP_PORT', 3101), proxyPort: portFromEnv('OCN_E2E_PROXY_PORT', 8548), ttlMs: '0' },
  cache: { appPort: portFromEnv('OCN_E2E_CACHE_APP_PORT', 3102), proxyPort: portFromEnv('OCN_E2E_CACHE_PROXY_PORT', 8551), ttlMs: '60000' },
}

const role = process.argv[2] ?? 'fault'
if (role !== 'fault' && role !== 'cache') exitWithMessage(new Error(`The e2e proxy app's role is fault or cache, not "${role}".`))
const { appPort, proxyPort, ttlMs } = ROLES[role]

const next = createRequire(import.meta.url).resolve('next/dist/bin/next')
const app = spawn(process.execPath, [next, 'start', '--hostname', '127.0.0.1', '--port', String(appPort)], {
  stdio: 'inherit',
  env: {
    ...process.env,
    OCN_NETWORK: 'custom',
    OCN_RPC_URL: `http://127.0.0.1:${proxyPort}`,
    OCN_CHAIN_ID: '31337',
    OCN_REGISTRY_ADDRESS: LOCAL_REGISTRY,
    OCN_PERMISSIONS_ADDRESS: LOCAL_PERMISSIONS,
    OCN_MULTICALL3_ADDRESS: MULTICALL3_ADDRESS,
    OCN_ALLOW_CUSTOM_NETWORK: 'off',
    OCN_READ_TTL_MS: ttlMs,
    // No OCN_WS_URL: a custom network gets no head subscription, so both roles rely on their TTL. The socket would
    // bypass the proxy that counts and fails requests, and the harness's evm_revert pushes no head anyway.
    // History is kept by the main e2e app's indexer only: these apps show their history areas as unavailable.
    OCN_INDEXER_URL: '',
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
