/**
 * Runs once when the server starts: a mistake in the network settings (OCN_NETWORK, addresses,
 * OCN_ALLOW_CUSTOM_NETWORK…) stops it with one line naming the variable, instead of a 500 on every page.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { networkSettings } = await import('./lib/chain/selection')
  const { NetworkConfigError } = await import('./lib/chain/networks')
  try {
    networkSettings(process.env)
  } catch (error) {
    if (!(error instanceof NetworkConfigError)) throw error
    console.error(`\n✖ Configuration error: ${error.message}\n`)
    process.exit(1)
  }
}
