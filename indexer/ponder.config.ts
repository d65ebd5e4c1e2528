import { createConfig } from 'ponder'
import { networkFromEnv } from '../lib/chain/networks'
import { indexerStartBlock } from '../lib/history/start-blocks'
import { permissionsAbi, registryAbi } from '../lib/ocn/abi'

// The deployment's own network, from the same OCN_* variables the app reads (see lib/chain/networks.ts).
const network = networkFromEnv(process.env)
const startBlock = indexerStartBlock(process.env)
const local = network.id === 'local'

export default createConfig({
  // DATABASE_URL: PostgreSQL (several app instances share one history); else embedded PGlite in a directory.
  database: process.env.DATABASE_URL
    ? { kind: 'postgres', connectionString: process.env.DATABASE_URL }
    : { kind: 'pglite', directory: process.env.OCN_INDEXER_DIR || '.ponder/pglite' },
  chains: {
    ocn: {
      id: network.chainId,
      rpc: network.rpcUrl,
      // A local anvil is re-created (and reverted by tests) with the same chain id: an RPC cache would lie.
      disableCache: local,
      pollingInterval: local ? 250 : 2_000,
    },
  },
  contracts: {
    Registry: { chain: 'ocn', abi: registryAbi, address: network.registry, startBlock },
    Permissions: { chain: 'ocn', abi: permissionsAbi, address: network.permissions, startBlock },
  },
})
