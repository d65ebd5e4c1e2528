import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['lib/**/*.test.ts', 'scripts/**/*.test.ts'],
    globalSetup: ['lib/devnet/vitest-chain.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
  resolve: { alias: { '@': new URL('.', import.meta.url).pathname } },
})
