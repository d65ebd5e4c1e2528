// `npm run chain`: only the local OCN network, for working on the app or the CLI against it.
import { runLocalChain } from '../lib/devnet/run-chain'
import { describeChain, exitWithMessage, portFromEnv } from './cli-support'

const port = portFromEnv('OCN_CHAIN_PORT', 8545)

// The seeded services point at the demo manifests the app serves: on PORT, like `npm run dev`.
runLocalChain(port, '127.0.0.1', { demoOrigin: `http://localhost:${portFromEnv('PORT', 3000)}` })
  .then((chain) => {
    console.log(describeChain(chain))
    if (chain.reused) return
    console.log('Press Ctrl-C to stop the chain.')
    const stop = () => chain.stop().then(() => process.exit(0))
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
  .catch(exitWithMessage)
