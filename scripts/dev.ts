// `npm run dev`: the local OCN network (unless OCN_NETWORK names another) and the app in development mode.
import { exitWithMessage } from './cli-support'
import { runAppWithNetwork } from './run-app'

runAppWithNetwork('dev').catch(exitWithMessage)
