import type { TestProject } from 'vitest/node'
import { startAnvil } from './anvil'
import { prepareLocalNetwork } from './local-network'

declare module 'vitest' {
  export interface ProvidedContext {
    chainUrl: string
  }
}

const TEST_CHAIN_PORT = Number(process.env.OCN_TEST_CHAIN_PORT ?? 8547)

/** One seeded chain for the whole unit-test run, on its own port so a running `npm run dev` is untouched. */
export default async function setup(project: TestProject) {
  const anvil = await startAnvil(TEST_CHAIN_PORT)
  await prepareLocalNetwork(anvil.url)
  project.provide('chainUrl', anvil.url)
  return anvil.stop
}
