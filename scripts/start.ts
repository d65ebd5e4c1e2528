// `npm start`: the production build (from `npm run build`) with the same local OCN network as `npm run dev`,
// or only the app when OCN_NETWORK names another network.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { exitWithMessage } from './cli-support'
import { runAppWithNetwork } from './run-app'

// Checked before the chain starts, so a missing build is one line rather than a chain started for nothing.
const distDir = process.env.NEXT_DIST_DIR || '.next'
if (!existsSync(join(distDir, 'BUILD_ID'))) {
  exitWithMessage(new Error(`No production build in ${distDir}/. Run \`npm run build\` first, then \`npm start\`.`))
}

runAppWithNetwork('start').catch(exitWithMessage)
