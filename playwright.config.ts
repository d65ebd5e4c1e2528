import { defineConfig } from '@playwright/test'
import { E2E_APP_URL, E2E_CACHE_APP_URL, E2E_FAULT_APP_URL } from './e2e/support/chain'

export default defineConfig({
  testDir: 'e2e',
  // One chain, snapshot and revert around every test: tests run one at a time.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    baseURL: E2E_APP_URL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: [
    {
      command: 'tsx scripts/e2e-server.ts',
      url: E2E_APP_URL,
      env: { NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? '.next-e2e' },
      reuseExistingServer: false,
      // The app starts once the indexer has indexed the seeded chain: about a minute on a loaded machine.
      timeout: 240_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // Serves its pages even while its RPC (the fault proxy) is not started: they show the error state.
      command: 'tsx scripts/e2e-fault-app.ts fault',
      url: E2E_FAULT_APP_URL,
      env: { NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? '.next-e2e' },
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // Like the fault app, behind a proxy that only counts, with a long read-cache TTL (e2e/read-cache.spec.ts).
      command: 'tsx scripts/e2e-fault-app.ts cache',
      url: E2E_CACHE_APP_URL,
      env: { NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? '.next-e2e' },
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
})
