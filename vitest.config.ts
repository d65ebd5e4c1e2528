import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['lib/**/*.test.ts', 'scripts/**/*.test.ts'],
    globalSetup: ['lib/devnet/vitest-chain.ts'],
    // Test files share one chain; those that write to it snapshot and revert, which needs them one at a time.
    fileParallelism: false,
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
  resolve: { alias: { '@': new URL('.', import.meta.url).pathname } },
})
